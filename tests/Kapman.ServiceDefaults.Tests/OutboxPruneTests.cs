using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.ServiceDefaults.Tests;

/// <summary>
/// Outbox pruning on real PostgreSQL: only published rows older than the retention go; unpublished and failed rows stay,
/// whatever their age; invalid <c>Kapman:Outbox</c> settings stop the host at startup.
/// </summary>
[TestFixture]
public sealed class OutboxPruneTests
{
    [Test]
    public async Task Prune_DeletesOnlyPublishedRowsOlderThanTheRetention()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("prunetest", typeof(OutboxRelay).Assembly);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            // Ages in days: published 40 and 20 days ago, published today, never published (60 days old), failed (60 days old).
            await connection.ExecuteAsync(
                """
                INSERT INTO outbox (message_id, message_type, payload, created_at, published_at, failed_at, failure) VALUES
                    (gen_random_uuid(), 'old-published', '{}', now() - interval '41 days', now() - interval '40 days', NULL, NULL),
                    (gen_random_uuid(), 'recent-published', '{}', now() - interval '21 days', now() - interval '20 days', NULL, NULL),
                    (gen_random_uuid(), 'new-published', '{}', now(), now(), NULL, NULL),
                    (gen_random_uuid(), 'old-unpublished', '{}', now() - interval '60 days', NULL, NULL, NULL),
                    (gen_random_uuid(), 'old-failed', '{}', now() - interval '60 days', NULL, now() - interval '60 days', 'unknown message type')
                """);
        }

        var deleted = await new OutboxStore(database.DataSource).PrunePublishedAsync(30, CancellationToken.None);

        await using var check = await database.DataSource.OpenConnectionAsync();
        var left = (await check.QueryAsync<string>("SELECT message_type FROM outbox ORDER BY id")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.EqualTo(1));
            Assert.That(left, Is.EqualTo(new[] { "recent-published", "new-published", "old-unpublished", "old-failed" }));
        });
    }

    [TestCase("Kapman:Outbox:RetentionDays", "-1")]
    [TestCase("Kapman:Outbox:RetentionDays", "36601")]
    [TestCase("Kapman:Outbox:PruneIntervalMinutes", "0")]
    public async Task InvalidSettings_StopTheHostAtStartup(string key, string value)
    {
        await using var database = await ServiceTestDatabase.CreateAsync("prunetest", typeof(OutboxRelay).Assembly);
        await using var vhost = await RabbitVirtualHost.CreateAsync("kapman_prune_tests");

        var start = async () => await RelayHost.StartAsync(database.DataSource, vhost.AmqpUri, new Dictionary<string, string?> { [key] = value });

        Assert.That(start, Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Kapman:Outbox"));
    }

    [Test]
    public void Defaults_KeepAboutThreeYears()
    {
        var options = new OutboxOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.RetentionDays, Is.GreaterThanOrEqualTo(730 * 7 / 5), "at least the 730 sessions of bars ingestion keeps");
            Assert.That(options.Validate(), Is.Null);
        });
    }
}
