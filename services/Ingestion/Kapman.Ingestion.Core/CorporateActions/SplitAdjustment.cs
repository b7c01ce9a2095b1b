namespace Kapman.Ingestion.Core.CorporateActions;

/// <summary>
/// Split-adjusts a raw history to the latest share basis (the CRSP cumulative-factor convention): a bar before an
/// ex-date of factor f has its prices divided by f and its volume multiplied by f, compounded over every later split.
/// Raw bars are never changed; a new list is returned.
/// </summary>
public static class SplitAdjustment
{
    /// <summary>
    /// The adjusted bars of one ticker. <paramref name="factors"/> maps ex-date → new shares per old share; splits
    /// after the last bar still apply (the history is put on today's basis).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A factor is not positive.</exception>
    public static IReadOnlyList<DailyBar> Adjust(IReadOnlyList<DailyBar> bars, IReadOnlyDictionary<DateOnly, double> factors)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(factors);
        if (factors.Values.Any(f => f <= 0 || !double.IsFinite(f)))
        {
            throw new ArgumentOutOfRangeException(nameof(factors), "Split factors must be positive and finite.");
        }

        var splits = factors.OrderBy(kv => kv.Key).ToList();
        var result = new List<DailyBar>(bars.Count);
        foreach (var bar in bars)
        {
            var cumulative = 1.0;
            foreach (var (exDate, factor) in splits)
            {
                if (exDate > bar.SessionDate)
                {
                    cumulative *= factor;
                }
            }

            result.Add(cumulative == 1.0 ? bar : bar with
            {
                Open = bar.Open / cumulative,
                High = bar.High / cumulative,
                Low = bar.Low / cumulative,
                Close = bar.Close / cumulative,
                Volume = (long)Math.Round(bar.Volume * cumulative),
            });
        }

        return result;
    }
}
