using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.ServiceDefaults.Tests;

/// <summary>
/// The outbox relay on real PostgreSQL and RabbitMQ: an unreadable row (unknown type, payload that does not deserialize)
/// is marked failed with its reason and skipped, the good rows after it are published, and <c>GET /outbox/failed</c> lists it.
/// </summary>
[TestFixture]
public sealed class OutboxRelayTests
{
    private const string Schema = "relaytest";
    private ServiceTestDatabase database = null!;
    private RabbitVirtualHost vhost = null!;

    [SetUp]
    public async Task CreateServers()
    {
        database = await ServiceTestDatabase.CreateAsync(Schema, typeof(OutboxRelay).Assembly);
        vhost = await RabbitVirtualHost.CreateAsync("kapman_relay_tests");
    }

    [TearDown]
    public async Task DropServers()
    {
        await vhost.DisposeAsync();
        await database.DisposeAsync();
    }

    [Test]
    public async Task UnreadableRows_AreMarkedFailedAndTheGoodRowsAfterThemArePublished()
    {
        await using var host = await RelayHost.StartAsync(database.DataSource, vhost.AmqpUri);
        var good1 = Guid.NewGuid();
        var unknownType = Guid.NewGuid();
        var badPayload = Guid.NewGuid();
        var good2 = Guid.NewGuid();
        var eventType = typeof(RecommendationsGenerated).FullName!;
        var runId = Guid.NewGuid();
        await InsertAsync(good1, eventType, Event(runId, 1));
        await InsertAsync(unknownType, "Kapman.Contracts.NoSuchEvent", Event(runId, 2));
        await InsertAsync(badPayload, eventType, """{"runId": 42, "sessionDate": "2025-08-26", "issued": 1, "noTrade": 0}""");
        await InsertAsync(good2, eventType, Event(runId, 3));

        // The consumer can see a message before the relay's transaction commits its published_at, so wait for both.
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((host.Received.Count < 2 || await UnsettledRowsAsync(connection) > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var rows = (await connection.QueryAsync<(Guid MessageId, bool Published, bool Failed, string? Failure)>(
            "SELECT message_id, published_at IS NOT NULL, failed_at IS NOT NULL, failure FROM outbox ORDER BY id")).ToList();
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        var listed = await http.GetFromJsonAsync<List<FailedOutboxRow>>(new Uri("/outbox/failed", UriKind.Relative), JsonSerializerOptions.Web);
        Assert.Multiple(() =>
        {
            Assert.That(host.Received, Is.EqualTo(new[] { good1, good2 }), "both good rows published, in order");
            Assert.That(rows.Select(r => (r.MessageId, r.Published, r.Failed)), Is.EqualTo(new[]
            {
                (good1, true, false), (unknownType, false, true), (badPayload, false, true), (good2, true, false),
            }));
            Assert.That(rows[1].Failure, Does.Contain("unknown message type Kapman.Contracts.NoSuchEvent"));
            Assert.That(rows[2].Failure, Does.Contain("does not deserialize into RecommendationsGenerated"));
            Assert.That(listed!.Select(f => f.MessageId), Is.EqualTo(new[] { badPayload, unknownType }), "newest first");
            Assert.That(listed!.Select(f => f.Failure), Is.EqualTo(new[] { rows[2].Failure, rows[1].Failure }));
        });
    }

    private static Task<long> UnsettledRowsAsync(System.Data.Common.DbConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox WHERE published_at IS NULL AND failed_at IS NULL");

    private static string Event(Guid runId, int issued) =>
        $$"""{"runId": "{{runId}}", "sessionDate": "2025-08-26", "issued": {{issued}}, "noTrade": 0, "schemaVersion": 1}""";

    private async Task InsertAsync(Guid messageId, string type, string payload)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO outbox (message_id, message_type, payload, session_date) VALUES (@messageId, @type, CAST(@payload AS jsonb), @session)",
            new { messageId, type, payload, session = new DateOnly(2025, 8, 26) });
    }
}
