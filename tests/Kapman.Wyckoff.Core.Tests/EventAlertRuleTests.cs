namespace Kapman.Wyckoff.Core.Tests;

/// <summary>
/// The event alerts of seed 001 §17.2 (FR-015) on hand-made event lists: "IF SPRING + SOS confirmed → STRONG ENTRY" (an SOS on the session with
/// a SPRING on one of the 20 bars before it) and "IF SOW detected → REDUCE POSITION" (an SOW on the session). The session is bar 100.
/// </summary>
public sealed class EventAlertRuleTests
{
    private const int Session = 100;
    private const int Window = 20;

    /// <summary>Each case: the events as "CODE@bar" and the alert kinds expected on bar 100.</summary>
    private static readonly object[] Cases =
    [
        new object[] { "SPRING@90 SOS@100", "SPRING_SOS_ENTRY" },
        new object[] { "SPRING@80 SOS@100", "SPRING_SOS_ENTRY" },          // 20 bars before: the edge of the window
        new object[] { "SPRING@79 SOS@100", "" },                          // 21 bars before: outside
        new object[] { "SPRING@100 SOS@100", "" },                         // same bar: the SOS must come after the SPRING
        new object[] { "SPRING@90 SOS@99", "" },                           // the SOS is not on the session
        new object[] { "SOS@100", "" },                                    // no SPRING at all
        new object[] { "SPRING@95", "" },                                  // a SPRING alone
        new object[] { "SC@60 AR@70 ST@85 SPRING@92 TEST@96 SOS@100", "SPRING_SOS_ENTRY" },
        new object[] { "SOW@100", "SOW_REDUCE" },
        new object[] { "SOW@99", "" },                                     // yesterday's SOW
        new object[] { "BC@95 SOW@100", "SOW_REDUCE" },
        new object[] { "SPRING@90 SOS@100 SOW@100", "SPRING_SOS_ENTRY SOW_REDUCE" },
        new object[] { "", "" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Alerts_follow_the_signal_rules(string events, string expected)
    {
        var kinds = EventAlertRules.Kinds(Timeline(events), Session, Window);

        Assert.That(kinds, Is.EqualTo(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Test]
    public void The_window_comes_from_the_caller()
    {
        var timeline = Timeline("SPRING@90 SOS@100");

        Assert.Multiple(() =>
        {
            Assert.That(EventAlertRules.Kinds(timeline, Session, 10), Is.EqualTo(new[] { "SPRING_SOS_ENTRY" }));
            Assert.That(EventAlertRules.Kinds(timeline, Session, 9), Is.Empty);
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void The_trade_signal_agrees_with_the_alerts(string events, string expected)
    {
        // Scores that fire no score rule, so the event rules decide: REDUCE before STRONG_ENTRY (first match wins).
        var signal = TradeSignalRules.Signal(0, 0, false, Timeline(events), Session, WyckoffParameters.Default);
        var kinds = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(signal, Is.EqualTo(kinds.Contains("SOW_REDUCE") ? "REDUCE" : kinds.Contains("SPRING_SOS_ENTRY") ? "STRONG_ENTRY" : null));
    }

    private static WyckoffEvent[] Timeline(string events) =>
        [.. events.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e =>
        {
            var parts = e.Split('@');
            var bar = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            return new WyckoffEvent(parts[0], new DateOnly(2025, 1, 1).AddDays(bar), bar, 0.8, 100, 1.5, parts[0], new Dictionary<string, double>());
        })];
}
