using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Data;

namespace Kapman.Recommendation.Application;

/// <summary>What is stored for one ticker and session.</summary>
/// <param name="Decision">The engine's decision; its intent carries the calibrated confidence.</param>
/// <param name="Signal">The Wyckoff snapshot it was made from, or null.</param>
/// <param name="Underlying">The underlying-only call of a ticker without a chain (scored, never tradable), or null.</param>
/// <param name="RuleConfidence">The selection rule's confidence before calibration, or null for a neutral intent.</param>
/// <param name="Calibration">The parameter set the confidence came from and whether its signal showed no edge; null for a neutral intent.</param>
public sealed record StoredDecision(StrategyDecision Decision, WyckoffRow? Signal, UnderlyingCall? Underlying, double? RuleConfidence, CalibrationUsed? Calibration = null);
