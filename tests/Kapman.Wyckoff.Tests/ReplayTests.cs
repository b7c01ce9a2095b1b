using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Replay;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// Replay with Wyckoff on both sides (issue 17 §8), on its real RabbitMQ transport: as a consumer, a
/// <see cref="MarketSessionIngested"/> replayed from Ingestion's event log reaches only Wyckoff's queue and is analysed again
/// with the same effects; as a producer, its <c>POST /replay</c> re-sends its stored <see cref="WyckoffAlertRaised"/> events to
/// notification's queue only. The other consumers are stood in for by queues bound to the events' exchanges. Each test first
/// runs the session as the pipeline does (the <see cref="DailyRunTests"/> bars, 2011-10-04).
/// </summary>
public sealed class ReplayTests : DatabaseTest
{
    private const string WyckoffQueue = "wyckoff-market-session-ingested";
    private const string MetricsQueue = "metrics-market-session-ingested";
    private const string OptionsQueue = "options-market-session-ingested";
    private const string NotificationQueue = "notification-wyckoff-alert-raised";
    private const string RecommendationQueue = "recommendation-wyckoff-session-analyzed";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly DateOnly Session = DailyRunTests.Session;
    private static readonly string Day = Session.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private ServiceTestDatabase ingestionLog = null!;
    private WyckoffTestHost host = null!;
    private HttpClient management = null!;
    private MarketSessionIngested ingested = null!;

    [SetUp]
    public async Task RunTheSessionAsync()
    {
        await DailyRunTests.SeedBarsAsync(DataSource);
        // Ingestion's event log: the shared outbox tables under its schema, holding the published event of the session.
        ingestionLog = await ServiceTestDatabase.CreateAsync("market", typeof(OutboxStore).Assembly);
        ingested = new MarketSessionIngested(Guid.NewGuid(), Session, DailyRunTests.Tickers.Length, DailyRunTests.Tickers.Length, 0, "local:/data/2011-10-04.csv.gz");
        using (var signal = new OutboxSignal())
        {
            await using var tx = await new ServiceDatabase(ingestionLog.DataSource, signal).BeginAsync(CancellationToken.None);
            await tx.PublishAsync(ingested, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using (var connection = await ingestionLog.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE outbox SET published_at = now()");
        }

        host = await WyckoffTestHost.StartAsync(LocalServers.Postgres(DatabaseName));
        management = WyckoffTestHost.ManagementClient();
        await RabbitQueues.DeclareConsumerQueueAsync(management, host.VirtualHost, MetricsQueue, nameof(MarketSessionIngested));
        await RabbitQueues.DeclareConsumerQueueAsync(management, host.VirtualHost, OptionsQueue, nameof(MarketSessionIngested));
        await RabbitQueues.DeclareConsumerQueueAsync(management, host.VirtualHost, NotificationQueue, nameof(WyckoffAlertRaised));
        await RabbitQueues.DeclareConsumerQueueAsync(management, host.VirtualHost, RecommendationQueue, nameof(WyckoffSessionAnalyzed));

        // The pipeline's own delivery, with the stored message id, to every consumer of the event.
        var original = await StoredMessageIdAsync();
        await host.Services.GetRequiredService<IBus>().Publish(ingested, context => context.MessageId = original);
        await WaitForPublishedAsync(nameof(WyckoffSessionAnalyzed), 1);
        foreach (var queue in new[] { MetricsQueue, OptionsQueue })
        {
            Assert.That(await RabbitQueues.TakeAtLeastAsync(management, host.VirtualHost, queue, 1, Patience), Has.Count.EqualTo(1), queue);
        }

        Assert.That(await RabbitQueues.TakeAtLeastAsync(management, host.VirtualHost, RecommendationQueue, 1, Patience), Has.Count.EqualTo(1));
        var alerts = await CountAsync("SELECT count(*) FROM alerts WHERE session_date = @Session");
        Assert.That(alerts, Is.Positive, "the session raises alerts (SPY's spring)");
        Assert.That(await RabbitQueues.TakeAtLeastAsync(management, host.VirtualHost, NotificationQueue, alerts, Patience), Has.Count.EqualTo(alerts));
    }

    [TearDown]
    public async Task StopAsync()
    {
        management.Dispose();
        await host.DisposeAsync();
        await ingestionLog.DisposeAsync();
    }

    [Test]
    public async Task A_replayed_MarketSessionIngested_reaches_only_wyckoff_which_analyses_the_session_again_with_the_same_effects()
    {
        var snapshots = await SnapshotHashAsync();
        var alerts = await AlertsAsync();
        Assert.That(await InboxAsync(), Is.EqualTo(1));

        // What Ingestion's POST /replay runs, on Ingestion's event log, sending through the broker.
        IResult answer;
        using (var scope = host.Services.CreateScope())
        {
            answer = await ReplayEndpoints.ReplayAsync(
                new ReplayRequest(nameof(MarketSessionIngested), Day, Day, "wyckoff"), new EventProducer("ingestion"), new OutboxStore(ingestionLog.DataSource),
                scope.ServiceProvider.GetRequiredService<ISendEndpointProvider>(), NullLoggerFactory.Instance, CancellationToken.None);
        }

        Assert.That(answer, Is.TypeOf<Ok<ReplayResult>>());
        var result = ((Ok<ReplayResult>)answer).Value!;
        Assert.That((result.Queue, result.Sent, result.Skipped), Is.EqualTo((WyckoffQueue, 1, 0)), "a service name resolves to its one endpoint of the event");
        Assert.That(result.Sessions, Is.EqualTo(new[] { Session }));
        await WaitForPublishedAsync(nameof(WyckoffSessionAnalyzed), 2);

        Assert.Multiple(async () =>
        {
            Assert.That(await InboxAsync(), Is.EqualTo(2), "the replayed event is new work for the inbox (a new message id)");
            Assert.That(await SnapshotHashAsync(), Is.EqualTo(snapshots), "the session analysed again: the same snapshots, upserted");
            Assert.That(await AlertsAsync(), Is.EqualTo(alerts), "each alert stored once");
            Assert.That(await CountAsync("SELECT count(*) FROM snapshot_versions WHERE session_date = @Session"), Is.EqualTo(DailyRunTests.Tickers.Length));
            Assert.That(await StageReportsAsync(), Is.EqualTo(4), "the stage reported running and succeeded again, to the run the event belongs to");
        });
        await Task.Delay(500);
        foreach (var other in new[] { MetricsQueue, OptionsQueue })
        {
            Assert.That(await RabbitQueues.TakeAsync(management, host.VirtualHost, other), Is.Empty, $"{other} is another consumer: the replay is not for it");
        }
    }

    [Test]
    public async Task Wyckoff_replays_its_stored_alerts_to_notification_only()
    {
        using var client = host.CreateClient();
        var stored = await StoredAlertEventsAsync();

        using var response = await client.PostAsJsonAsync(new Uri("/replay", UriKind.Relative),
            new { @event = nameof(WyckoffAlertRaised), from = Day, to = Day, endpoint = NotificationQueue });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        Assert.That(body.GetProperty("sent").GetInt32(), Is.EqualTo(stored.Length));
        var received = await RabbitQueues.TakeAtLeastAsync(management, host.VirtualHost, NotificationQueue, stored.Length, Patience);
        Assert.That(received.Select(m => JsonSerializer.Deserialize<WyckoffAlertRaised>(m.GetProperty("message"), JsonSerializerOptions.Web)), Is.EqualTo(stored));
        await Task.Delay(500);
        Assert.That(await RabbitQueues.TakeAsync(management, host.VirtualHost, RecommendationQueue), Is.Empty);
        Assert.That(await InboxAsync(), Is.EqualTo(1), "Wyckoff's own consumer got nothing");
    }

    [Test]
    public async Task Wyckoff_refuses_to_replay_an_event_it_does_not_store_and_calls_without_the_gateway_credential()
    {
        using var client = host.CreateClient();
        using var anonymous = host.Server.CreateClient();
        var request = new { @event = nameof(MarketSessionIngested), from = Day, to = Day, endpoint = WyckoffQueue };

        using var notOurs = await client.PostAsJsonAsync(new Uri("/replay", UriKind.Relative), request);
        using var unauthorized = await anonymous.PostAsJsonAsync(new Uri("/replay", UriKind.Relative),
            new { @event = nameof(WyckoffAlertRaised), from = Day, to = Day, endpoint = NotificationQueue });

        Assert.Multiple(async () =>
        {
            Assert.That(notOurs.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await notOurs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
                Is.EqualTo("MarketSessionIngested is stored by the ingestion service, not wyckoff: ask it (POST /api/ingestion/replay)."));
            Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
        await Task.Delay(500);
        Assert.That(await RabbitQueues.TakeAsync(management, host.VirtualHost, NotificationQueue), Is.Empty);
    }

    private async Task<Guid> StoredMessageIdAsync()
    {
        await using var connection = await ingestionLog.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<Guid>("SELECT message_id FROM outbox");
    }

    private async Task<WyckoffAlertRaised[]> StoredAlertEventsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        var payloads = await connection.QueryAsync<string>(
            "SELECT payload::text FROM outbox WHERE message_type = 'Kapman.Contracts.WyckoffAlertRaised' ORDER BY session_date, id");
        return [.. payloads.Select(p => JsonSerializer.Deserialize<WyckoffAlertRaised>(p, JsonSerializerOptions.Web)!)];
    }

    private Task<int> InboxAsync() => CountAsync("SELECT count(*) FROM inbox WHERE consumer = 'MarketSessionIngestedConsumer'");

    private Task<int> StageReportsAsync() => CountAsync(
        "SELECT count(*) FROM outbox WHERE message_type = 'Kapman.Contracts.PipelineStageChanged' AND session_date = @Session AND run_id = @RunId");

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(sql, new { Session, ingested.RunId });
    }

    private async Task<string[]> AlertsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>("SELECT ticker || ' ' || kind FROM alerts WHERE session_date = @Session ORDER BY 1", new { Session })];
    }

    /// <summary>md5 of every stored column of the session's snapshots but <c>computed_at</c>, in ticker order.</summary>
    private async Task<string> SnapshotHashAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>(
            """
            SELECT md5(string_agg((to_jsonb(v) - 'computed_at')::text, '|' ORDER BY ticker, model_version))
            FROM snapshot_versions v WHERE session_date = @Session
            """, new { Session }) ?? "";
    }

    /// <summary>Waits until <paramref name="count"/> outbox rows of the event have been confirmed by the broker.</summary>
    private async Task WaitForPublishedAsync(string eventName, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await CountAsync($"SELECT count(*) FROM outbox WHERE message_type = 'Kapman.Contracts.{eventName}' AND session_date = @Session AND published_at IS NOT NULL") >= count)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{count} {eventName} for {Session} not published through RabbitMQ within {Patience.TotalSeconds} s");
    }
}
