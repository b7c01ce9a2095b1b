using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Npgsql;

namespace Kapman.Wyckoff.Data;

/// <summary>Reads and writes <c>wyckoff.dealer_context</c>: one row per ticker and session, with the context's <see cref="DealerContext.Describe"/> sentence.</summary>
public static class DealerContextStore
{
    /// <summary>Upserts <paramref name="context"/> on (ticker, session) in <paramref name="tx"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task UpsertAsync(OutboxTransaction tx, DealerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(context);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
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
    }

    /// <summary>
    /// The stored dealer contexts of <paramref name="session"/> whose ticker <paramref name="include"/> accepts, by ticker, read in
    /// <paramref name="tx"/>. The figures come back as stored (double precision round-trips exactly), so an analysis given them
    /// equals one given the announced context.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<IReadOnlyDictionary<string, DealerContext>> SessionAsync(
        OutboxTransaction tx, DateOnly session, Predicate<string> include, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(include);
        var rows = await tx.Connection.QueryAsync<DealerContext>(new CommandDefinition(
            Select + " WHERE session_date = @session", new { session }, tx.Transaction, cancellationToken: ct));
        return rows.Where(c => include(c.Ticker)).ToDictionary(c => c.Ticker, StringComparer.Ordinal);
    }

    /// <summary>The stored dealer contexts of the sessions <paramref name="first"/>..<paramref name="last"/>, by ticker and session (the history path).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    public static async Task<IReadOnlyDictionary<(string Ticker, DateOnly Session), DealerContext>> RangeAsync(
        NpgsqlConnection connection, DateOnly first, DateOnly last, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = await connection.QueryAsync<DealerContext>(new CommandDefinition(
            Select + " WHERE session_date BETWEEN @first AND @last", new { first, last }, cancellationToken: ct));
        return rows.ToDictionary(c => (c.Ticker, c.SessionDate));
    }

    /// <summary>The columns of a <c>dealer_context</c> row as a <see cref="DealerContext"/>.</summary>
    private const string Select =
        """
        SELECT ticker, session_date AS SessionDate, spot, net_gex AS NetGex, gamma_flip AS GammaFlip, dgpi, dealer_position AS Position,
               call_wall AS CallWall, put_wall AS PutWall, options_model_version AS OptionsModelVersion
        FROM dealer_context
        """;
}
