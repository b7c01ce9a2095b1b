namespace Kapman.Cli.Commands;

/// <summary>One scored underlying-only call of <c>kapman recommend backtest</c>.</summary>
/// <param name="Session">Session the call was made on (after its close).</param>
/// <param name="Trigger">The triggering event or rule.</param>
/// <param name="Phase">Wyckoff phase name, or "Unknown".</param>
/// <param name="Structure">The structure the selection rule chose (the call itself is on the underlying).</param>
/// <param name="RuleConfidence">The selection rule's confidence, 0..1.</param>
/// <param name="Correct">Whether the direction was right over the window.</param>
/// <param name="ResolvedOn">The last bar the outcome used: the outcome is known after that close.</param>
/// <param name="Reported">False for a warm-up call (before --from), used only as calibration evidence.</param>
/// <param name="Features">The session's Wyckoff signal features as calibration inputs (<c>SignalFeatures.CalibrationVector</c>); null when not measured.</param>
internal sealed record RecommendBacktestCall(
    DateOnly Session, string Trigger, string Phase, string Structure, double RuleConfidence, bool Correct, DateOnly ResolvedOn, bool Reported,
    IReadOnlyList<double>? Features = null);
