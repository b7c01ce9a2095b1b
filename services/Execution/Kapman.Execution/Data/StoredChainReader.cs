using Dapper;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>
/// Reads stored chains through the Options service's published read contract (<c>options_api.contracts_v1</c>, and the session's
/// spot from <c>options_api.dealer_metrics_v1</c>), on its own data source (<see cref="ServiceDefaults.Data.ReadContracts.Options"/>),
/// never an internal table. The quote of a contract is the one of the latest stored session on or before the given date.
/// </summary>
public sealed class StoredChainReader(NpgsqlDataSource options)
{
    /// <summary>The latest stored quote on or before <paramref name="asOf"/> of each of <paramref name="symbols"/>; unknown symbols are left out.</summary>
    public async Task<IReadOnlyDictionary<string, StoredQuote>> LatestAsync(IReadOnlyCollection<string> symbols, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count == 0)
        {
            return new Dictionary<string, StoredQuote>(StringComparer.Ordinal);
        }

        await using var connection = await options.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<StoredQuote>(new CommandDefinition(
            """
            SELECT DISTINCT ON (occ_symbol) occ_symbol AS OccSymbol, underlying, option_right AS "Right", expiration, strike, bid, ask, delta, as_of AS AsOf
            FROM options_api.contracts_v1
            WHERE occ_symbol = ANY(@symbols) AND as_of <= @asOf
            ORDER BY occ_symbol, as_of DESC
            """, new { symbols = symbols.ToArray(), asOf }, cancellationToken: ct));
        return rows.ToDictionary(r => r.OccSymbol, StringComparer.Ordinal);
    }

    /// <summary>The chain of <paramref name="underlying"/> for <paramref name="expiration"/> in the latest stored session on or before <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<StoredQuote>> ChainAsync(string underlying, DateOnly expiration, DateOnly asOf, CancellationToken ct)
    {
        await using var connection = await options.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<StoredQuote>(new CommandDefinition(
            """
            SELECT occ_symbol AS OccSymbol, underlying, option_right AS "Right", expiration, strike, bid, ask, delta, as_of AS AsOf
            FROM options_api.contracts_v1
            WHERE underlying = @underlying AND expiration = @expiration
              AND as_of = (SELECT max(as_of) FROM options_api.contracts_v1 WHERE underlying = @underlying AND as_of <= @asOf)
            ORDER BY occ_symbol
            """, new { underlying, expiration, asOf }, cancellationToken: ct))).ToList();
    }

    /// <summary>The expirations of <paramref name="underlying"/> in the latest stored session on or before <paramref name="asOf"/>, ascending.</summary>
    public async Task<IReadOnlyList<DateOnly>> ExpirationsAsync(string underlying, DateOnly asOf, CancellationToken ct)
    {
        await using var connection = await options.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<DateOnly>(new CommandDefinition(
            """
            SELECT DISTINCT expiration FROM options_api.contracts_v1
            WHERE underlying = @underlying
              AND as_of = (SELECT max(as_of) FROM options_api.contracts_v1 WHERE underlying = @underlying AND as_of <= @asOf)
            ORDER BY expiration
            """, new { underlying, asOf }, cancellationToken: ct))).ToList();
    }

    /// <summary>The spot of each of <paramref name="underlyings"/> in its latest stored session on or before <paramref name="asOf"/>, $ per share.</summary>
    public async Task<IReadOnlyDictionary<string, double>> SpotsAsync(IReadOnlyCollection<string> underlyings, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(underlyings);
        if (underlyings.Count == 0)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        await using var connection = await options.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Underlying, double Spot)>(new CommandDefinition(
            """
            SELECT DISTINCT ON (underlying) underlying, spot FROM options_api.dealer_metrics_v1
            WHERE underlying = ANY(@underlyings) AND as_of <= @asOf AND spot IS NOT NULL
            ORDER BY underlying, as_of DESC
            """, new { underlyings = underlyings.ToArray(), asOf }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Underlying, r => r.Spot, StringComparer.Ordinal);
    }
}
