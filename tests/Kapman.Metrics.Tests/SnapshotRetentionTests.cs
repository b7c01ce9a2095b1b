using Dapper;
using Kapman.Metrics.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Metrics.Tests;

/// <summary>
/// Indicator snapshot retention (issue 22 item 4; seed 000 §5.6: daily snapshots 2 years) on real PostgreSQL, relative to the weekly run's
/// session 2025-08-29: the cut-off is 2023-08-29, so 2023-08-28 and earlier go and 2023-08-29 stays; batches of two rows.
/// </summary>
public sealed class SnapshotRetentionTests
{
    [Test]
    public async Task Indicators_dated_before_two_years_back_from_the_session_are_deleted()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(IndicatorStore).Assembly);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO indicators (ticker, session_date, model_version) VALUES
                    ('SPY', '2023-08-24', 't'), ('SPY', '2023-08-25', 't'), ('SPY', '2023-08-28', 't'), ('SPY', '2023-08-29', 't'), ('SPY', '2025-08-29', 't')
                """);
        }

        var pruned = await SnapshotRetentionStore.PruneAsync(database.DataSource, SnapshotRetentionConsumer.Cutoff(new DateOnly(2025, 8, 29), 2), 2, CancellationToken.None);
        await using var check = await database.DataSource.OpenConnectionAsync();
        var left = (await check.QueryAsync<string>("SELECT session_date::text FROM indicators ORDER BY session_date")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pruned, Is.EqualTo(new[] { ("metrics.indicators", 3L) }));
            Assert.That(left, Is.EqualTo(new[] { "2023-08-29", "2025-08-29" }));
        });
    }
}
