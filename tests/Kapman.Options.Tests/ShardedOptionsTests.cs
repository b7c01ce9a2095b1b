using Dapper;
using Kapman.Contracts;
using Kapman.Options.Application;
using Kapman.Options.Chains;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Options.Tests;

/// <summary>
/// The options stage in ticker shards across replicas (<see cref="ShardedStageTests"/>): on real chain snapshots of the shared data
/// (GOOG 2015-12-23, SPY 2025-08-26, MSFT and TSM 2026-07-28; with 4 shards GOOG and SPY fall in shard 1, MSFT and TSM in shard 3) and a
/// watchlist that also names underlyings without a chain (IWM, META in shard 0, QQQ, NVDA in shard 2, reported NO_SOURCE), the stored
/// contracts, dealer metrics, volatility metrics, daily summaries, the coverage report and the dealer lines of each
/// <c>OptionMetricsComputed</c> are identical with 1, 2 and 3 replicas, after a replica is killed mid-shard, and to the whole-session step.
/// </summary>
public sealed class ShardedOptionsTests : ShardedStageTests
{
    /// <summary>What <c>market_api.chain_underlyings_v1</c> (Ingestion's watchlists and P1 portfolios) says in the trial database.</summary>
    private const string ChainUnderlyings =
        """
        CREATE VIEW market_api.chain_underlyings_v1 AS
        SELECT * FROM (VALUES ('SPY', 'watchlist core'), ('QQQ', 'watchlist core'), ('NVDA', 'watchlist core'), ('META', 'watchlist core'),
                              ('MSFT', 'portfolio Growth P1'), ('GOOG', 'portfolio Growth P1')) AS w (ticker, wanted_by)
        """;

    /// <summary>The <c>Kapman:Options:Watchlist</c> setting of the trial: one name only it wants, one the view wants too.</summary>
    private const string Watchlist = "IWM,TSM,SPY";

    private protected override ShardedStage Stage { get; } = new(
        "Options", "options", typeof(ChainStore).Assembly, nameof(OptionMetricsComputed),
        new Dictionary<string, Func<NpgsqlConnection, Task<string?>>>
        {
            ["contracts"] = ShardedStage.TableHash("contracts"),
            ["dealer_metrics"] = ShardedStage.TableHash("dealer_metrics", "computed_at"),
            ["volatility_metrics"] = ShardedStage.TableHash("volatility_metrics", "computed_at"),
            ["daily_summary"] = ShardedStage.TableHash("daily_summary"),
            ["chain_coverage"] = ShardedStage.TableHash("chain_coverage"),
            // The event's content without its run: the session, the count and the dealer lines in their order (a JSON array keeps it).
            ["OptionMetricsComputed"] = ShardedStage.QueryHash(
                "SELECT coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), 'empty') FROM (SELECT (payload - 'runId')::text AS r FROM outbox " +
                "WHERE message_type = 'Kapman.Contracts.OptionMetricsComputed') x"),
        },
        WholeSessionAsync)
    {
        Sessions = [new(2015, 12, 23), new(2025, 8, 26), new(2026, 7, 28)],
        Settings = new Dictionary<string, string?>
        {
            ["Kapman:Data:Root"] = RepoFiles.SharedData(),
            ["Kapman:Options:Watchlist"] = Watchlist,
            // Retention would drop the older sessions' contracts behind 2026-07-28; kept, every session's rows are compared.
            ["Kapman:Options:ContractRetentionDays"] = "0",
            ["POLYGON_API_KEY"] = null,
        },
        Prepare = async dataSource =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await connection.ExecuteAsync(ChainUnderlyings);
        },
    };

    /// <summary>The stage before sharding: the wanted underlyings, every snapshot file, then the whole-session step in one transaction.</summary>
    private static async Task WholeSessionAsync(NpgsqlDataSource dataSource, DateOnly session)
    {
        var options = ChainOptions.From(new OptionsStageOptions { ContractRetentionDays = 0 }, RepoFiles.SharedData());
        var wanted = await new ChainUnderlyingsReader(dataSource, Watchlist.Split(',')).ReadAsync(CancellationToken.None);
        var loads = await new SessionChainLoader(options, null, [], TimeProvider.System)
            .LoadAsync(session, [.. wanted.Select(w => w.Underlying)], CancellationToken.None);
        var step = new OptionsDailyStep(options, new RecentClosesReader(dataSource), TimeProvider.System, NullLogger<OptionsDailyStep>.Instance);
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(dataSource, signal).BeginAsync(CancellationToken.None);
        await step.RunAsync(tx, new MarketSessionIngested(Guid.NewGuid(), session, 0, 0, 0, "test:whole"), loads, wanted, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }
}
