using System.ComponentModel.DataAnnotations;
using Kapman.Execution.Core.Risk;

namespace Kapman.Execution.Risk;

/// <summary>One set of limits of <see cref="RiskOptions"/> (caps or triggers), dollars; an unset (null) limit is not checked.</summary>
public sealed class RiskLimitOptions
{
    /// <summary>Most |Σ delta × spot × beta| of the book, dollars.</summary>
    [Range(1.0, 1e12, ErrorMessage = "MaxAbsBetaWeightedDeltaDollars must be 1-1e12 dollars.")]
    public double? MaxAbsBetaWeightedDeltaDollars { get; set; }

    /// <summary>Most one-day delta-gamma VaR at 99 %, dollars.</summary>
    [Range(1.0, 1e12, ErrorMessage = "MaxVar99Dollars must be 1-1e12 dollars.")]
    public double? MaxVar99Dollars { get; set; }

    /// <summary>Most loss in the −5 % spot scenario, dollars.</summary>
    [Range(1.0, 1e12, ErrorMessage = "MaxLossDown5Dollars must be 1-1e12 dollars.")]
    public double? MaxLossDown5Dollars { get; set; }

    /// <summary>The core's limits.</summary>
    public RiskLimits Limits() => new(MaxAbsBetaWeightedDeltaDollars, MaxVar99Dollars, MaxLossDown5Dollars);
}
