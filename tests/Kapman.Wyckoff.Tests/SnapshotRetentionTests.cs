using Dapper;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// Snapshot retention (issue 22 item 4; seed 000 §5.6: daily snapshots 2 years) on real PostgreSQL, relative to the weekly run's session
/// 2025-08-29: the cut-off is 2023-08-29, so rows of 2023-08-28 and earlier go and 2023-08-29 stays. Batches of one row exercise the loop.
/// </summary>
public sealed class SnapshotRetentionTests : DatabaseTest
{
    [Test]
    public async Task Rows_dated_before_two_years_back_from_the_session_are_deleted_in_batches()
    {
        await using (var connection = await DataSource.OpenConnectionAsync())
        {
            foreach (var (ticker, day) in new[] { ("SPY", "2023-08-25"), ("SPY", "2023-08-28"), ("QQQ", "2023-08-28"), ("SPY", "2023-08-29"), ("SPY", "2025-08-29") })
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO snapshot_versions (ticker, session_date, bc_score, spring_score, events, bc_signals, spring_signals, model_version)
                    VALUES (@ticker, CAST(@day AS date), 0, 0, '[]', '{}', '{}', 'test');
                    INSERT INTO dealer_context (ticker, session_date, spot, net_gex, options_model_version, description)
                    VALUES (@ticker, CAST(@day AS date), 100, 0, 'test', 'hand-made');
                    """, new { ticker, day });
            }
        }

        var cutoff = Kapman.ServiceDefaults.Messaging.SnapshotRetentionConsumer.Cutoff(new DateOnly(2025, 8, 29), 2);
        var pruned = await SnapshotRetentionStore.PruneAsync(DataSource, cutoff, 1, CancellationToken.None);
        await using var check = await DataSource.OpenConnectionAsync();
        var left = (await check.QueryAsync<string>("SELECT ticker || ' ' || session_date::text FROM snapshot_versions ORDER BY session_date, ticker")).ToList();
        var contexts = await check.ExecuteScalarAsync<long>("SELECT count(*) FROM dealer_context");

        Assert.Multiple(() =>
        {
            Assert.That(cutoff, Is.EqualTo(new DateOnly(2023, 8, 29)));
            Assert.That(pruned, Is.EqualTo(new[] { ("wyckoff.snapshot_versions", 3L), ("wyckoff.dealer_context", 3L) }));
            Assert.That(left, Is.EqualTo(new[] { "SPY 2023-08-29", "SPY 2025-08-29" }));
            Assert.That(contexts, Is.EqualTo(2));
        });
    }
}
