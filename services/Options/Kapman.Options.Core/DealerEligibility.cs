namespace Kapman.Options.Core;

/// <summary>
/// The eligibility filter of dealer metrics (issue §4): open interest &gt; 0, bid &gt; 0 and not above the ask,
/// at least 1 calendar day to expiry, 0.01 &lt; IV &lt; 3, and |delta| &lt; 0.95.
/// </summary>
public static class DealerEligibility
{
    /// <summary>Lowest IV accepted (exclusive), annualised decimal.</summary>
    public const double MinimumIv = 0.01;

    /// <summary>Highest IV accepted (exclusive), annualised decimal.</summary>
    public const double MaximumIv = 3.0;

    /// <summary>Largest |delta| accepted (exclusive).</summary>
    public const double MaximumAbsDelta = 0.95;

    /// <summary>The first <see cref="EligibilityReason"/> that excludes <paramref name="contract"/>, or null when it is eligible.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public static string? ExclusionOf(EnrichedContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var quote = contract.Quote;
        if (contract.DaysToExpiry < 1)
        {
            return EligibilityReason.ExpiresWithinADay;
        }

        if (quote.OpenInterest <= 0)
        {
            return EligibilityReason.NoOpenInterest;
        }

        if (quote.Bid is not > 0)
        {
            return EligibilityReason.NoBid;
        }

        if (quote.Ask is { } ask && quote.Bid > ask)
        {
            return EligibilityReason.CrossedQuote;
        }

        if (contract.ImpliedVolatility is not (> MinimumIv and < MaximumIv))
        {
            return EligibilityReason.IvOutOfRange;
        }

        return contract.Greeks is { } greeks && Math.Abs(greeks.Delta) < MaximumAbsDelta && double.IsFinite(greeks.Gamma)
            ? null
            : EligibilityReason.DeltaOutOfRange;
    }

    /// <summary>Splits <paramref name="contracts"/> into the eligible ones (in input order) and the count excluded per reason.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contracts"/> is null.</exception>
    public static (IReadOnlyList<EnrichedContract> Eligible, IReadOnlyDictionary<string, int> Excluded) Filter(IReadOnlyList<EnrichedContract> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var eligible = new List<EnrichedContract>(contracts.Count);
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var contract in contracts)
        {
            if (ExclusionOf(contract) is { } reason)
            {
                excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
            }
            else
            {
                eligible.Add(contract);
            }
        }

        return (eligible, excluded);
    }
}
