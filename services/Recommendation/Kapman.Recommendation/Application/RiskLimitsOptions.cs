using System.ComponentModel.DataAnnotations;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Application;

/// <summary>Section <c>Kapman:Recommendation:RiskLimits</c>: the user's risk limits (<see cref="RiskLimits"/>); an invalid value stops the service at start.</summary>
public sealed class RiskLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Recommendation:RiskLimits";

    private static readonly RiskLimits Defaults = new();

    /// <summary>Largest loss accepted on one recommendation, $ (all contracts together), above 0; default 2000.</summary>
    [Range(0.0, double.MaxValue, MinimumIsExclusive = true, ErrorMessage = Section + ":MaxLossPerTrade must be above 0 ($).")]
    public double MaxLossPerTrade { get; set; } = Defaults.MaxLossPerTrade;

    /// <summary>Most contracts suggested, ≥ 1; default 10.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + ":MaxContracts must be 1 or more.")]
    public int MaxContracts { get; set; } = Defaults.MaxContracts;

    /// <summary>The limits these options describe.</summary>
    public RiskLimits ToLimits() => new(MaxLossPerTrade, MaxContracts);
}
