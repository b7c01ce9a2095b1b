using System.Text.Json;
using Dapper;
using Kapman.Options.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Data;

/// <summary>Writes a session's dealer positioning, volatility metrics and daily summary inside the caller's transaction (upserts).</summary>
public static class AnalyticsStore
{
    /// <summary>Upserts the three rows of <paramref name="underlying"/> on <paramref name="asOf"/>; the dealer_metrics row must exist (see <see cref="ChainStore"/>).</summary>
    public static async Task WriteAsync(
        OutboxTransaction tx, string underlying, DateOnly asOf, DealerPositioning dealer, VolatilityMetrics vol, (double? Rank, double? Percentile) ivHistory,
        double? hv20, DailySummary summary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(dealer);
        ArgumentNullException.ThrowIfNull(vol);
        ArgumentNullException.ThrowIfNull(summary);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE dealer_metrics SET status = @Status, status_reason = @StatusReason, eligible = @EligibleContracts, excluded = CAST(@excluded AS jsonb),
                eligible_total_gex = @TotalGex, eligible_net_gex = @NetGex, call_gex = @CallGex, put_gex = @PutGex, gamma_flip = @GammaFlip,
                dgpi = @Dgpi, dealer_position = @Position, call_walls_oi = CAST(@callWallsOiJson AS jsonb), put_walls_oi = CAST(@putWallsOiJson AS jsonb),
                call_walls_gex = CAST(@callWallsGexJson AS jsonb), put_walls_gex = CAST(@putWallsGexJson AS jsonb)
            WHERE underlying = @underlying AND as_of = @asOf
            """,
            new
            {
                dealer.Status, dealer.StatusReason, dealer.EligibleContracts, excluded = Json(dealer.Excluded), dealer.TotalGex, dealer.NetGex,
                dealer.CallGex, dealer.PutGex, dealer.GammaFlip, dealer.Dgpi, dealer.Position, callWallsOiJson = Json(dealer.CallWallsByOi),
                putWallsOiJson = Json(dealer.PutWallsByOi), callWallsGexJson = Json(dealer.CallWallsByGex), putWallsGexJson = Json(dealer.PutWallsByGex), underlying, asOf,
            },
            tx.Transaction, cancellationToken: ct));
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO volatility_metrics (underlying, as_of, average_iv, call_average_iv, put_average_iv, skew_expiration, skew_25d, term_structure,
                atm_iv_30, atm_iv_90, term_slope_30_90, put_call_oi, put_call_volume, iv_rank, iv_percentile, hv_20, iv_hv_diff)
            VALUES (@underlying, @asOf, @AverageIv, @CallAverageIv, @PutAverageIv, @SkewExpiration, @Skew25Delta, CAST(@term AS jsonb),
                @AtmIv30, @AtmIv90, @TermSlope30To90, @PutCallOiRatio, @PutCallVolumeRatio, @rank, @percentile, @hv20, @ivHvDiff)
            ON CONFLICT (underlying, as_of) DO UPDATE SET average_iv = EXCLUDED.average_iv, call_average_iv = EXCLUDED.call_average_iv,
                put_average_iv = EXCLUDED.put_average_iv, skew_expiration = EXCLUDED.skew_expiration, skew_25d = EXCLUDED.skew_25d,
                term_structure = EXCLUDED.term_structure, atm_iv_30 = EXCLUDED.atm_iv_30, atm_iv_90 = EXCLUDED.atm_iv_90,
                term_slope_30_90 = EXCLUDED.term_slope_30_90, put_call_oi = EXCLUDED.put_call_oi, put_call_volume = EXCLUDED.put_call_volume,
                iv_rank = EXCLUDED.iv_rank, iv_percentile = EXCLUDED.iv_percentile, hv_20 = EXCLUDED.hv_20, iv_hv_diff = EXCLUDED.iv_hv_diff,
                computed_at = now()
            """,
            new
            {
                underlying, asOf, vol.AverageIv, vol.CallAverageIv, vol.PutAverageIv, vol.SkewExpiration, vol.Skew25Delta, term = Json(vol.TermStructure),
                vol.AtmIv30, vol.AtmIv90, vol.TermSlope30To90, vol.PutCallOiRatio, vol.PutCallVolumeRatio, rank = ivHistory.Rank, percentile = ivHistory.Percentile,
                hv20, ivHvDiff = vol.AtmIv30 - hv20,
            },
            tx.Transaction, cancellationToken: ct));
        await DailySummaryStore.WriteAsync(tx, underlying, asOf, summary, ct);
    }

    /// <summary>Earlier sessions' 30-day ATM IV of <paramref name="underlying"/> (the IV rank history), latest 252 first.</summary>
    public static async Task<IReadOnlyList<double>> IvHistoryAsync(OutboxTransaction tx, string underlying, DateOnly before, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        var rows = await tx.Connection.QueryAsync<double>(new CommandDefinition(
            "SELECT atm_iv_30 FROM volatility_metrics WHERE underlying = @underlying AND as_of < @before AND atm_iv_30 IS NOT NULL ORDER BY as_of DESC LIMIT 252",
            new { underlying, before }, tx.Transaction, cancellationToken: ct));
        return rows.ToList();
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
