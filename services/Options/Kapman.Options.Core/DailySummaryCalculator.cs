using Kapman.MarketData;

namespace Kapman.Options.Core;

/// <summary>
/// Builds the <see cref="DailySummary"/> of an enriched chain. OI and volume totals cover every contract read;
/// the weighted IV uses contracts with an IV and OI &gt; 0 (Σ IV × OI / Σ OI); the top strikes are the
/// <see cref="DealerMetricsCalculator"/> walls by OI; gamma and delta totals cover contracts with greeks and
/// ≥ 1 day to expiry (expiring contracts' greeks are not defined).
/// </summary>
public static class DailySummaryCalculator
{
    /// <summary>Summarises <paramref name="contracts"/> at <paramref name="spot"/> ($ per share, positive; used for the walls' GEX).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contracts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spot"/> not positive and finite.</exception>
    public static DailySummary Compute(IReadOnlyList<EnrichedContract> contracts, double spot)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var walls = DealerMetricsCalculator.Compute("", default, spot, contracts);
        long callOi = 0, putOi = 0, callVolume = 0, putVolume = 0;
        double ivWeight = 0, ivSum = 0, callGamma = 0, putGamma = 0, callDelta = 0, putDelta = 0;
        var analysed = 0;
        foreach (var contract in contracts)
        {
            var quote = contract.Quote;
            var isCall = quote.Right == OptionRight.Call;
            if (isCall)
            {
                callOi += quote.OpenInterest;
                callVolume += quote.Volume;
            }
            else
            {
                putOi += quote.OpenInterest;
                putVolume += quote.Volume;
            }

            if (contract.ImpliedVolatility is { } iv && quote.OpenInterest > 0)
            {
                ivWeight += quote.OpenInterest;
                ivSum += iv * quote.OpenInterest;
            }

            if (contract.Greeks is { } greeks && contract.DaysToExpiry >= 1)
            {
                analysed++;
                var shares = (double)quote.OpenInterest * quote.SharesPerContract;
                if (isCall)
                {
                    callGamma += greeks.Gamma * shares;
                    callDelta += greeks.Delta * shares;
                }
                else
                {
                    putGamma += greeks.Gamma * shares;
                    putDelta += greeks.Delta * shares;
                }
            }
        }

        var live = contracts.Where(c => c.DaysToExpiry >= 1).Select(c => c.Quote.Expiration).Distinct().ToList();
        return new DailySummary(
            callOi, putOi, callVolume, putVolume, ivWeight > 0 ? ivSum / ivWeight : null, walls.CallWalls, walls.PutWalls,
            callGamma, putGamma, callDelta, putDelta, live.Count > 0 ? live.Min() : null, live.Count, analysed);
    }
}
