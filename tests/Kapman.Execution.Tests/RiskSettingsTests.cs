using Microsoft.Extensions.Options;

namespace Kapman.Execution.Tests;

/// <summary>A bad <c>Kapman:Execution:Risk</c> setting stops the host at start with a message naming the key (docs/domain/risk-book.md#settings).</summary>
[TestFixture]
public sealed class RiskSettingsTests
{
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed() => bed = await ExecutionTestBed.CreateAsync();

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [TestCase("BetaWindowSessions", "1", "Kapman:Execution:Risk:BetaWindowSessions must be 2-5000.")]
    [TestCase("CheckIntervalMs", "5", "Kapman:Execution:Risk:CheckIntervalMs must be 100-3600000 ms.")]
    [TestCase("Caps:MaxVar99Dollars", "0", "Kapman:Execution:Risk:Caps:MaxVar99Dollars must be 1-1e12 dollars.")]
    [TestCase("Triggers:MaxLossDown5Dollars", "100", "Kapman:Execution:Risk: each trigger must be at least its cap")]
    public async Task A_bad_value_stops_the_host_naming_the_key(string key, string value, string expected)
    {
        await using var host = new ExecutionHost(bed.Settings(($"Kapman:Execution:Risk:{key}", value)));

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = host.Server);

        Assert.That(thrown!.Message, Does.Contain(expected));
    }
}
