using System.ComponentModel.DataAnnotations;

namespace Kapman.Execution.Risk;

/// <summary>
/// Section <c>Kapman:Execution:Risk</c>: the risk book (docs/domain/risk-book.md#settings). The seed names the measures but no numbers; the
/// defaults are this service's, sized for a paper account of about $100 000: caps (block a new trade) of $250 000 beta-weighted delta,
/// $10 000 VaR 99 % and a $15 000 loss at −5 %; triggers (set safe mode) at $400 000, $20 000 and $30 000. Each trigger must be at least
/// its cap. A value out of range stops the service at start.
/// </summary>
public sealed class RiskOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Execution:Risk";

    /// <summary>Whether caps are consulted and triggers checked (default true); <c>GET /risk</c> answers either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The beta benchmark (default SPY).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = Section + ":Benchmark is required.")]
    public string Benchmark { get; set; } = "SPY";

    /// <summary>Daily log returns in the beta window (default 252 sessions, one year).</summary>
    [Range(2, 5000, ErrorMessage = Section + ":BetaWindowSessions must be 2-5000.")]
    public int BetaWindowSessions { get; set; } = 252;

    /// <summary>Daily log returns in the VaR volatility window (default 20, as the HV20 of docs/domain/options-metrics.md).</summary>
    [Range(2, 5000, ErrorMessage = Section + ":VolatilityWindowSessions must be 2-5000.")]
    public int VolatilityWindowSessions { get; set; } = 20;

    /// <summary>Fewest returns for a beta or a volatility from bars (default 20); with fewer, beta is assumed 1 and σ is implied.</summary>
    [Range(2, 5000, ErrorMessage = Section + ":MinimumSessions must be 2-5000.")]
    public int MinimumSessions { get; set; } = 20;

    /// <summary>The volatility shock of the scenarios, ± volatility points (default 5).</summary>
    [Range(0.1, 100.0, ErrorMessage = Section + ":VolatilityShockPoints must be 0.1-100 points.")]
    public double VolatilityShockPoints { get; set; } = 5;

    /// <summary>How often the triggers are checked on new marks, milliseconds (default 60 000, seed 003 §6 gate G7.3).</summary>
    [Range(100, 3_600_000, ErrorMessage = Section + ":CheckIntervalMs must be 100-3600000 ms.")]
    public int CheckIntervalMs { get; set; } = 60_000;

    /// <summary>Caps: a new trade that would breach one is rejected.</summary>
    [Required]
    public RiskLimitOptions Caps { get; set; } = new() { MaxAbsBetaWeightedDeltaDollars = 250_000, MaxVar99Dollars = 10_000, MaxLossDown5Dollars = 15_000 };

    /// <summary>Triggers: a book that breaches one sets the kill switch to safe mode.</summary>
    [Required]
    public RiskLimitOptions Triggers { get; set; } = new() { MaxAbsBetaWeightedDeltaDollars = 400_000, MaxVar99Dollars = 20_000, MaxLossDown5Dollars = 30_000 };

    /// <summary>The problems of the nested limits and their order, or none.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (name, limits) in new[] { ("Caps", Caps), ("Triggers", Triggers) })
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(limits, new ValidationContext(limits), results, validateAllProperties: true))
            {
                foreach (var r in results)
                {
                    yield return $"{Section}:{name}:{r.ErrorMessage}";
                }
            }
        }

        if (Below(Triggers.MaxAbsBetaWeightedDeltaDollars, Caps.MaxAbsBetaWeightedDeltaDollars)
            || Below(Triggers.MaxVar99Dollars, Caps.MaxVar99Dollars) || Below(Triggers.MaxLossDown5Dollars, Caps.MaxLossDown5Dollars))
        {
            yield return $"{Section}: each trigger must be at least its cap";
        }
    }

    private static bool Below(double? trigger, double? cap) => trigger is { } t && cap is { } c && t < c;
}
