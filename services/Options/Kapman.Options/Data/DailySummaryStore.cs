using Dapper;
using Kapman.Options.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Data;

/// <summary>Upserts the <c>daily_summary</c> row of one underlying and session.</summary>
public static class DailySummaryStore
{
    /// <summary>Writes <paramref name="s"/> inside the caller's transaction.</summary>
    public static Task WriteAsync(OutboxTransaction tx, string underlying, DateOnly asOf, DailySummary s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(s);
        StrikeWall? Call(int i) => i < s.TopCallStrikes.Count ? s.TopCallStrikes[i] : null;
        StrikeWall? Put(int i) => i < s.TopPutStrikes.Count ? s.TopPutStrikes[i] : null;
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO daily_summary (underlying, as_of, total_call_oi, total_put_oi, total_call_volume, total_put_volume, weighted_avg_iv,
                top_call_strike_1, top_call_oi_1, top_call_strike_2, top_call_oi_2, top_call_strike_3, top_call_oi_3,
                top_put_strike_1, top_put_oi_1, top_put_strike_2, top_put_oi_2, top_put_strike_3, top_put_oi_3,
                call_gamma_total, put_gamma_total, call_delta_total, put_delta_total, nearest_expiry, expirations_count, contracts_analysed)
            VALUES (@underlying, @asOf, @TotalCallOi, @TotalPutOi, @TotalCallVolume, @TotalPutVolume, @WeightedAverageIv,
                @cs1, @co1, @cs2, @co2, @cs3, @co3, @ps1, @po1, @ps2, @po2, @ps3, @po3,
                @CallGammaTotal, @PutGammaTotal, @CallDeltaTotal, @PutDeltaTotal, @NearestExpiry, @ExpirationsCount, @ContractsAnalysed)
            ON CONFLICT (underlying, as_of) DO UPDATE SET total_call_oi = EXCLUDED.total_call_oi, total_put_oi = EXCLUDED.total_put_oi,
                total_call_volume = EXCLUDED.total_call_volume, total_put_volume = EXCLUDED.total_put_volume, weighted_avg_iv = EXCLUDED.weighted_avg_iv,
                top_call_strike_1 = EXCLUDED.top_call_strike_1, top_call_oi_1 = EXCLUDED.top_call_oi_1, top_call_strike_2 = EXCLUDED.top_call_strike_2,
                top_call_oi_2 = EXCLUDED.top_call_oi_2, top_call_strike_3 = EXCLUDED.top_call_strike_3, top_call_oi_3 = EXCLUDED.top_call_oi_3,
                top_put_strike_1 = EXCLUDED.top_put_strike_1, top_put_oi_1 = EXCLUDED.top_put_oi_1, top_put_strike_2 = EXCLUDED.top_put_strike_2,
                top_put_oi_2 = EXCLUDED.top_put_oi_2, top_put_strike_3 = EXCLUDED.top_put_strike_3, top_put_oi_3 = EXCLUDED.top_put_oi_3,
                call_gamma_total = EXCLUDED.call_gamma_total, put_gamma_total = EXCLUDED.put_gamma_total, call_delta_total = EXCLUDED.call_delta_total,
                put_delta_total = EXCLUDED.put_delta_total, nearest_expiry = EXCLUDED.nearest_expiry, expirations_count = EXCLUDED.expirations_count,
                contracts_analysed = EXCLUDED.contracts_analysed
            """,
            new
            {
                underlying, asOf, s.TotalCallOi, s.TotalPutOi, s.TotalCallVolume, s.TotalPutVolume, s.WeightedAverageIv,
                cs1 = Call(0)?.Strike, co1 = Call(0)?.OpenInterest, cs2 = Call(1)?.Strike, co2 = Call(1)?.OpenInterest, cs3 = Call(2)?.Strike, co3 = Call(2)?.OpenInterest,
                ps1 = Put(0)?.Strike, po1 = Put(0)?.OpenInterest, ps2 = Put(1)?.Strike, po2 = Put(1)?.OpenInterest, ps3 = Put(2)?.Strike, po3 = Put(2)?.OpenInterest,
                s.CallGammaTotal, s.PutGammaTotal, s.CallDeltaTotal, s.PutDeltaTotal, s.NearestExpiry, s.ExpirationsCount, s.ContractsAnalysed,
            },
            tx.Transaction, cancellationToken: ct));
    }
}
