using Kapman.Contracts;

namespace Kapman.Notification.Tests.Commentary;

/// <summary>
/// The session the commentary tests report on, as events: 2025-08-26; SPY dealer metrics (spot 642.15, net GEX 1,234,000,000 $ per 1 %,
/// gamma flip 640.5, LONG_GAMMA, call wall 650, put wall 630); the run issued SPY LONG_CALL LONG SPY251024C00650000 at confidence 0.72
/// and had no trade for QQQ ("no chain").
/// </summary>
internal static class CommentaryFacts
{
    public static readonly DateOnly Session = new(2025, 8, 26);

    public static readonly Guid RunId = Guid.Parse("11111111-2222-3333-4444-555555555555");

    public static OptionMetricsComputed Metrics() => new(RunId, Session, 1,
        [new UnderlyingDealerMetrics("SPY", 642.15, 1_234_000_000, 640.5, 12, "LONG_GAMMA", 650, 630, "options-1")]);

    public static RecommendationsGenerated Generated() => new(RunId, Session, 1, 1,
    [
        new RecommendationLine("QQQ", "NO_TRADE", null, null, null, null, 0, "no chain"),
        new RecommendationLine("SPY", "ISSUED", "LONG_CALL", "LONG", "BUY", "SPY251024C00650000", 0.72, null),
    ]);

    /// <summary>The template report on these facts, written out by hand from CommentaryTemplate's rules.</summary>
    public const string PostMarketTemplate =
        "Post-market report, facts of session 2025-08-26. Run: 1 issued, 1 no trade. QQQ: no trade (no chain). "
        + "SPY: LONG_CALL LONG, SPY251024C00650000, confidence 0.72. "
        + "SPY spot 642.15, net GEX 1234000000, dealers LONG_GAMMA, call wall 650, put wall 630, gamma flip 640.50.";

    /// <summary>A model text that states only these facts.</summary>
    public const string ValidText =
        "SPY closed the 2025-08-26 session at 642.15 with dealers LONG GAMMA, between the 630 put wall and the 650 call wall (gamma flip 640.50). "
        + "The run issued 1 trade, SPY251024C00650000 at 0.72 confidence; QQQ had no trade.";

    /// <summary>A model text that names the 655 strike, which is not in the facts.</summary>
    public const string HallucinatedStrikeText =
        "SPY closed at 642.15 under the 650 call wall; the 655 strike call is the better trade.";
}
