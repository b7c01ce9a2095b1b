using Microsoft.Extensions.Options;

namespace Kapman.Execution.Tests;

/// <summary>A bad <c>Kapman:Execution:Exits</c> setting stops the host at start with a message naming the key.</summary>
[TestFixture]
public sealed class ExitSettingsTests
{
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed() => bed = await ExecutionTestBed.CreateAsync();

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [TestCase("PersistenceScans", "0", "Kapman:Execution:Exits:PersistenceScans must be 1-100.")]
    [TestCase("IntervalMs", "5", "Kapman:Execution:Exits:IntervalMs must be 10-3600000 ms.")]
    [TestCase("SuspectMarkJumpFraction", "0", "Kapman:Execution:Exits:SuspectMarkJumpFraction must be 0.01-100.")]
    [TestCase("GracePeriodSeconds", "-1", "Kapman:Execution:Exits:GracePeriodSeconds must be 0-86400.")]
    public async Task A_value_out_of_range_stops_the_host_naming_the_key(string key, string value, string expected)
    {
        await using var host = new ExecutionHost(bed.Settings(($"Kapman:Execution:Exits:{key}", value)));

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = host.Server);

        Assert.That(thrown!.Message, Does.Contain(expected));
    }

    [Test]
    public async Task Every_exit_condition_off_stops_the_host_unless_the_monitor_is_disabled()
    {
        var off = new[] { ("Kapman:Execution:Exits:ProfitTargetFraction", (string?)""), ("Kapman:Execution:Exits:StopLossFraction", "") };
        await using var refused = new ExecutionHost(bed.Settings(off));
        await using var disabled = new ExecutionHost(bed.Settings([.. off, ("Kapman:Execution:Exits:Enabled", "false")]));

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = refused.Server);

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Message, Does.Contain("Kapman:Execution:Exits has every exit condition off"));
            Assert.That(() => _ = disabled.Server, Throws.Nothing);
        });
    }
}
