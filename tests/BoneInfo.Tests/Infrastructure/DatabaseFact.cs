using Xunit.Abstractions;
using Xunit.Sdk;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>
/// A fact of a test base that runs on each database provider: in a class marked <see cref="IPostgreSqlTests"/> it is
/// skipped, with the install command as the reason, when PostgreSQL is missing (outside CI, where it fails instead).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("BoneInfo.Tests.Infrastructure.DatabaseFactDiscoverer", "BoneInfo.Tests")]
public sealed class DatabaseFactAttribute : FactAttribute;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        if (typeof(IPostgreSqlTests).IsAssignableFrom(type) && PostgreSqlServer.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }
        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
