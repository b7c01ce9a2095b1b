namespace Kapman.Wyckoff.Core.Features;

/// <summary>
/// The features the seeds name beside the BC and Spring scores (issue 21 item 3), measured on the session bar: relative
/// strength against the market (the checklist's fourth test as a number), volume-spread analysis and, where the session
/// has an option chain, the dealer context. They are separate, versioned inputs (the snapshot's model version): no score,
/// event or signal reads them; the calibration of the recommendations may (<see cref="CalibrationInputs"/>).
/// </summary>
/// <param name="RelativeStrength">The ticker's return over <see cref="WyckoffParameters.RelativeStrengthBars"/> sessions minus the
/// market's over the same two dates (0.03 = 3 percentage points better); null without a market series, with too short a history,
/// or when the market has no close on either date.</param>
/// <param name="Market">Name of the market series (e.g. "SPY"); null without one.</param>
/// <param name="Vsa">Volume-spread analysis of the session bar.</param>
/// <param name="Dealer">Dealer context of the session's option chain; null where the session has no chain.</param>
public sealed record SignalFeatures(double? RelativeStrength, string? Market, VolumeSpread Vsa, DealerFeatures? Dealer)
{
    /// <summary>Names of <see cref="CalibrationVector"/>'s entries, in order.</summary>
    public static IReadOnlyList<string> CalibrationInputs { get; } =
        ["relative_strength", "close_position", "ln_volume_ratio", "effort_result"];

    /// <summary>Bound of the log ratios in <see cref="CalibrationVector"/> (e^3 ≈ 20 times the average): one zero-volume or
    /// freak bar must not dominate a logistic fit.</summary>
    public const double LogBound = 3;

    /// <summary>
    /// The numeric inputs a calibration fits on, named by <see cref="CalibrationInputs"/>: relative strength, close position,
    /// ln(volume ratio) and effort vs result, the log terms bounded to ±<see cref="LogBound"/>. A missing value is its neutral
    /// one (relative strength 0, close position 0.5, an average volume and spread: 0). The dealer context is left out: the
    /// shared data holds chains for a handful of sessions only, too few calls for any fit.
    /// </summary>
    public double[] CalibrationVector() =>
    [
        RelativeStrength ?? 0,
        Vsa.ClosePosition,
        Vsa.VolumeRatio is > 0 and var v ? Math.Clamp(Math.Log(v), -LogBound, LogBound) : 0,
        Vsa.EffortResult is { } e ? Math.Clamp(e, -LogBound, LogBound) : 0,
    ];
}
