using Dapper;
using Kapman.Options.Chains;
using Npgsql;

namespace Kapman.Options.Data;

/// <summary>
/// The underlyings that want chains (seed 001 FR-002): Ingestion's read contract <c>market_api.chain_underlyings_v1</c> (every watchlist's
/// tickers and every portfolio's P1 tickers) on the <see cref="ServiceDefaults.Data.ReadContracts.MarketData"/> source, plus the
/// tickers of the <c>Kapman:Options:Watchlist</c> setting.
/// </summary>
public sealed class ChainUnderlyingsReader(NpgsqlDataSource marketData, IReadOnlyList<string> configured)
{
    /// <summary>The reason given for a ticker of the setting.</summary>
    public const string SettingReason = "setting Kapman:Options:Watchlist";

    /// <summary>Every wanted underlying with its reasons, in ticker order.</summary>
    /// <exception cref="NpgsqlException">The market database cannot be read.</exception>
    public async Task<IReadOnlyList<ChainWant>> ReadAsync(CancellationToken ct)
    {
        await using var connection = await marketData.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Ticker, string WantedBy)>(new CommandDefinition(
            "SELECT upper(ticker), wanted_by FROM market_api.chain_underlyings_v1", cancellationToken: ct));
        return rows.Concat(configured.Select(t => (Ticker: t.ToUpperInvariant(), WantedBy: SettingReason)))
            .GroupBy(r => r.Ticker, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ChainWant(g.Key, [.. g.Select(r => r.WantedBy).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .ToList();
    }
}
