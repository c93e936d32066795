namespace BoneInfo.Web.Pages;

/// <summary>A page in another language: <c>&lt;link rel="alternate" hreflang="es" href="…"&gt;</c>.</summary>
public sealed record HreflangLink(string Lang, string Path);

public static class SiteText
{
    public const string DefaultDescription =
        "Plain-language, referenced information on rare bone disorders for patients, families and clinicians.";
}
