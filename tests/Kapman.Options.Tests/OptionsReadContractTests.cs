using Dapper;
using Kapman.Options.Data;

namespace Kapman.Options.Tests;

/// <summary>
/// The options data's published read contract (services/Options/README.md): <c>options_api.contracts_v1</c>,
/// <c>options_api.contracts_v2</c> and <c>options_api.dealer_metrics_v1</c> have exactly the listed columns, in order, and show the stored rows.
/// </summary>
public class OptionsReadContractTests
{
    [Test]
    public async Task The_contract_views_have_the_published_columns_and_show_the_stored_rows()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            SELECT options.ensure_contracts_partition('2025-08-26');
            INSERT INTO options.contracts (as_of, occ_symbol, underlying, option_right, expiration, strike, shares, bid, ask, volume, open_interest,
                                           iv_source, delta, greeks_source, dte)
            VALUES ('2025-08-26', 'SPY250919C00650000', 'SPY', 'call', '2025-09-19', 650, 100, 4.1, 4.3, 1200, 35000, 'feed', 0.41, 'feed', 24);
            INSERT INTO options.dealer_metrics (underlying, as_of, spot, contracts, skipped, total_gex, net_gex, call_walls, put_walls, model_version)
            VALUES ('SPY', '2025-08-26', 644.0, 1, 0, 10, 5, '[]', '[]', 'test');
            """);

        var columns = (await connection.QueryAsync<(string View, string Name, string Type)>(
            """
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'options_api' ORDER BY table_name, ordinal_position
            """)).ToList();
        var contract = await connection.QuerySingleAsync<(string Occ, string Right, DateOnly Expiration, double Strike, double Bid, double Ask, double Delta, long OpenInterest, DateOnly AsOf, string Underlying)>(
            "SELECT * FROM options_api.contracts_v1");
        var spot = await connection.QuerySingleAsync<(string Underlying, DateOnly AsOf, double Spot)>("SELECT * FROM options_api.dealer_metrics_v1");
        var v2 = await connection.QuerySingleAsync<(string Occ, long Volume, double? Iv, string IvSource)>(
            "SELECT occ_symbol, volume, iv, iv_source FROM options_api.contracts_v2");

        Assert.That(columns, Is.EqualTo(new[]
        {
            ("contracts_v1", "occ_symbol", "text"), ("contracts_v1", "option_right", "text"), ("contracts_v1", "expiration", "date"),
            ("contracts_v1", "strike", "double precision"), ("contracts_v1", "bid", "double precision"), ("contracts_v1", "ask", "double precision"),
            ("contracts_v1", "delta", "double precision"), ("contracts_v1", "open_interest", "bigint"), ("contracts_v1", "as_of", "date"),
            ("contracts_v1", "underlying", "text"),
            ("contracts_v2", "occ_symbol", "text"), ("contracts_v2", "option_right", "text"), ("contracts_v2", "expiration", "date"),
            ("contracts_v2", "strike", "double precision"), ("contracts_v2", "bid", "double precision"), ("contracts_v2", "ask", "double precision"),
            ("contracts_v2", "delta", "double precision"), ("contracts_v2", "open_interest", "bigint"), ("contracts_v2", "as_of", "date"),
            ("contracts_v2", "underlying", "text"), ("contracts_v2", "volume", "bigint"), ("contracts_v2", "iv", "double precision"),
            ("contracts_v2", "iv_source", "text"),
            ("dealer_metrics_v1", "underlying", "text"), ("dealer_metrics_v1", "as_of", "date"), ("dealer_metrics_v1", "spot", "double precision"),
        }));
        Assert.That(contract, Is.EqualTo(("SPY250919C00650000", "call", new DateOnly(2025, 9, 19), 650.0, 4.1, 4.3, 0.41, 35_000L, new DateOnly(2025, 8, 26), "SPY")));
        Assert.That(spot, Is.EqualTo(("SPY", new DateOnly(2025, 8, 26), 644.0)));
        Assert.That(v2, Is.EqualTo(("SPY250919C00650000", 1200L, (double?)null, "feed")));
    }
}
