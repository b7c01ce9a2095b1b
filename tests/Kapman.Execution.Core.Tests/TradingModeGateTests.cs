namespace Kapman.Execution.Core.Tests;

public class TradingModeGateTests
{
    [TestCase(false, null)]
    [TestCase(false, TradingModeGate.Confirmation)]
    [TestCase(true, null)]
    [TestCase(true, "")]
    [TestCase(true, "i-understand-this-sends-real-orders")]
    [TestCase(true, "yes")]
    public void Anything_short_of_both_settings_is_paper(bool enabled, string? confirmation) =>
        Assert.That(TradingModeGate.Resolve(enabled, confirmation).Mode, Is.EqualTo(TradingMode.Paper));

    [Test]
    public void Both_settings_enable_live_trading() =>
        Assert.That(TradingModeGate.Resolve(true, TradingModeGate.Confirmation).Mode, Is.EqualTo(TradingMode.Live));
}
