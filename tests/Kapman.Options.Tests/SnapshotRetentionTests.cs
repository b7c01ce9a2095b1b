using Dapper;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Tests;

/// <summary>
/// Retention of the options snapshot tables (issue 22 item 4; seed 000 §5.6: daily snapshots 2 years) on real PostgreSQL, relative to the
/// weekly run's session 2025-08-29: the cut-off is 2023-08-29, so the 2023-08-28 dealer metrics go and 2023-08-29's stay.
/// </summary>
public sealed class SnapshotRetentionTests
{
    [Test]
    public async Task Dealer_metrics_dated_before_two_years_back_from_the_session_are_deleted()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO dealer_metrics (underlying, as_of, spot, contracts, skipped, total_gex, net_gex, call_walls, put_walls, model_version)
                SELECT u, d, 100, 0, 0, 0, 0, '[]', '[]', 't'
                FROM unnest(ARRAY['SPY', 'QQQ']) AS u, unnest(ARRAY[DATE '2023-08-28', DATE '2023-08-29']) AS d
                """);
        }

        var pruned = await SnapshotRetentionStore.PruneAsync(database.DataSource, SnapshotRetentionConsumer.Cutoff(new DateOnly(2025, 8, 29), 2), 1, CancellationToken.None);
        await using var check = await database.DataSource.OpenConnectionAsync();
        var left = (await check.QueryAsync<string>("SELECT underlying || ' ' || as_of::text FROM dealer_metrics ORDER BY underlying")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pruned, Is.EqualTo(new[] { ("options.dealer_metrics", 2L), ("options.volatility_metrics", 0L), ("options.daily_summary", 0L) }));
            Assert.That(left, Is.EqualTo(new[] { "QQQ 2023-08-29", "SPY 2023-08-29" }));
        });
    }
}
