using Dapper;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// Stores the session's dealer context as the Options service announced it in <see cref="OptionMetricsComputed.DealerMetrics"/>
/// (the service reads no options table) into <c>wyckoff.dealer_context</c>, with the <see cref="DealerContext.Describe"/> sentence.
/// </summary>
public static class DealerContextStore
{
    /// <summary>Upserts the context of every underlying of <paramref name="metrics"/> with a positive spot on <paramref name="session"/>; returns how many.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<int> UpsertAsync(OutboxTransaction tx, DateOnly session, IReadOnlyList<UnderlyingDealerMetrics> metrics, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(metrics);
        var count = 0;
        foreach (var m in metrics.Where(m => m.Spot > 0).OrderBy(m => m.Underlying, StringComparer.Ordinal))
        {
            var context = new DealerContext(m.Underlying, session, m.Spot, m.NetGex, m.GammaFlip, m.Dgpi, m.Position, m.CallWall, m.PutWall, m.ModelVersion);
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO dealer_context (ticker, session_date, spot, net_gex, gamma_flip, dgpi, dealer_position, call_wall, put_wall,
                                            options_model_version, description)
                VALUES (@Ticker, @SessionDate, @Spot, @NetGex, @GammaFlip, @Dgpi, @Position, @CallWall, @PutWall, @OptionsModelVersion, @description)
                ON CONFLICT (ticker, session_date) DO UPDATE
                SET spot = EXCLUDED.spot, net_gex = EXCLUDED.net_gex, gamma_flip = EXCLUDED.gamma_flip, dgpi = EXCLUDED.dgpi,
                    dealer_position = EXCLUDED.dealer_position, call_wall = EXCLUDED.call_wall, put_wall = EXCLUDED.put_wall,
                    options_model_version = EXCLUDED.options_model_version, description = EXCLUDED.description, stored_at = now()
                """,
                new
                {
                    context.Ticker, context.SessionDate, context.Spot, context.NetGex, context.GammaFlip, context.Dgpi, context.Position,
                    context.CallWall, context.PutWall, context.OptionsModelVersion, description = context.Describe(),
                },
                tx.Transaction, cancellationToken: ct));
            count++;
        }

        return count;
    }
}
