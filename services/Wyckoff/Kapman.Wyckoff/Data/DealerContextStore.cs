using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// Copies a session's dealer metrics from the Options service's <c>options.dealer_metrics</c> (read
/// schema-qualified, never written, as the Recommendation service reads it) into <c>wyckoff.dealer_context</c>,
/// with the <see cref="DealerContext.Describe"/> sentence.
/// </summary>
public static class DealerContextStore
{
    /// <summary>
    /// Upserts the context of every underlying with dealer metrics on <paramref name="session"/>; returns how many.
    /// The walls are the call and put strikes with the most open interest among the stored walls
    /// (<c>call_walls</c>/<c>put_walls</c>, JSON arrays of {strike, openInterest, gex}).
    /// </summary>
    public static async Task<int> CopyAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct)
    {
        var rows = await tx.Connection.QueryAsync<DealerMetricsRow>(new CommandDefinition(
            """
            SELECT m.underlying AS Ticker, m.as_of AS SessionDate, m.spot AS Spot, m.net_gex AS NetGex, m.gamma_flip AS GammaFlip,
                   m.dgpi AS Dgpi, m.dealer_position AS Position, m.model_version AS OptionsModelVersion,
                   (SELECT (w->>'strike')::float8 FROM jsonb_array_elements(m.call_walls) w
                    ORDER BY (w->>'openInterest')::bigint DESC, (w->>'strike')::float8 LIMIT 1) AS CallWall,
                   (SELECT (w->>'strike')::float8 FROM jsonb_array_elements(m.put_walls) w
                    ORDER BY (w->>'openInterest')::bigint DESC, (w->>'strike')::float8 DESC LIMIT 1) AS PutWall
            FROM options.dealer_metrics m
            WHERE m.as_of = @session AND m.spot > 0
            ORDER BY m.underlying
            """, new { session }, tx.Transaction, cancellationToken: ct));
        var count = 0;
        foreach (var row in rows)
        {
            var context = row.ToContext();
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
