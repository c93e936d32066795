#!/usr/bin/env bash
# Fails (exit 1) when a project uses a package version with a known vulnerability, direct or transitive, as
# `dotnet list package --vulnerable` reports it from the configured package sources.
# A source that publishes no vulnerability data reports every project clean, so a throwaway project that uses a
# version with a published advisory (Newtonsoft.Json 12.0.3, GHSA-5crp-9r3c-p9vr) is checked too: when it is not
# reported, the sources give no vulnerability data and the check says so and passes.
set -euo pipefail
cd "$(dirname "$0")/.."

found='has the following vulnerable packages'
reference="$(mktemp -d)"
trap 'rm -rf "$reference"' EXIT

if ! report="$(dotnet list package --vulnerable --include-transitive 2>&1)"; then
  echo "$report"
  echo "Vulnerable packages: FAILED, the check could not run"
  exit 1
fi
if grep -q "$found" <<<"$report"; then
  echo "$report"
  echo "Vulnerable packages: FAILED, see above; move to a fixed version in Directory.Packages.props"
  exit 1
fi
if ! grep -q 'has no vulnerable packages' <<<"$report"; then
  echo "$report"
  echo "Vulnerable packages: FAILED, the report above says neither that a project is clean nor what is vulnerable"
  exit 1
fi

cat >"$reference/reference.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><NuGetAudit>false</NuGetAudit></PropertyGroup>
  <ItemGroup><PackageReference Include="Newtonsoft.Json" Version="12.0.3" /></ItemGroup>
</Project>
PROJECT
if ! reference_report="$(dotnet list "$reference/reference.csproj" package --vulnerable 2>&1)"; then
  echo "Vulnerable packages: none reported (NOTE: the reference package did not restore, so whether the sources give vulnerability data is unknown)"
elif grep -q "$found" <<<"$reference_report"; then
  echo "Vulnerable packages: none (the package sources give vulnerability data)"
else
  echo "Vulnerable packages: NOTE the package sources give no vulnerability data (a version with a published advisory is not reported), so nothing could be checked; passing"
fi
