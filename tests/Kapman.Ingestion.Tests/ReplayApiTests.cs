using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// Ingestion as a producer (issue 17 §8): its <c>POST /replay</c> re-sends the <see cref="MarketSessionIngested"/> events it
/// published, read from its outbox, to the one consumer queue asked for. The three consumers of the event (metrics, options,
/// Wyckoff) are stood in for by queues bound to the event's exchange on a vhost of the test's own, as MassTransit binds them.
/// </summary>
public sealed class ReplayApiTests
{
    private const string Wyckoff = "wyckoff-market-session-ingested";
    private const string Metrics = "metrics-market-session-ingested";
    private const string Options = "options-market-session-ingested";
    private static readonly string[] Consumers = [Metrics, Options, Wyckoff];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private RabbitVirtualHost vhost = null!;
    private DirectoryInfo dataRoot = null!;
    private IngestionTestHost host = null!;

    /// <summary>The stored events: two sessions of the replayed range (one ingested twice, by two runs) and one after it.</summary>
    private static readonly MarketSessionIngested[] Stored =
    [
        new(Guid.Parse("0199a000-0000-7000-8000-000000000001"), new DateOnly(2025, 8, 25), 5301, 5301, 2, "local:/data/2025-08-25.csv.gz"),
        new(Guid.Parse("0199a000-0000-7000-8000-000000000002"), new DateOnly(2025, 8, 26), 5310, 5310, 0, "local:/data/2025-08-26.csv.gz"),
        new(Guid.Parse("0199a000-0000-7000-8000-000000000003"), new DateOnly(2025, 8, 26), 5310, 5310, 0, "local:/data/2025-08-26.csv.gz"),
        new(Guid.Parse("0199a000-0000-7000-8000-000000000004"), new DateOnly(2025, 8, 27), 5299, 5299, 1, "local:/data/2025-08-27.csv.gz"),
    ];

    [SetUp]
    public async Task StartAsync()
    {
        vhost = await RabbitVirtualHost.CreateAsync("kapman_ingestion_replay");
        foreach (var queue in Consumers)
        {
            await RabbitQueues.DeclareConsumerQueueAsync(vhost.Management, vhost.Name, queue, nameof(MarketSessionIngested));
        }

        dataRoot = Directory.CreateTempSubdirectory("kapman-replay-");
        host = await IngestionTestHost.StartAsync(dataRoot.FullName, settings: new Dictionary<string, string>
        {
            ["ConnectionStrings:RabbitMQ"] = vhost.AmqpUri.ToString(),
        });
        var database = host.Services.GetRequiredService<ServiceDatabase>();
        foreach (var message in Stored)
        {
            await using var tx = await database.BeginAsync(CancellationToken.None);
            await tx.PublishAsync(message, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        // The original publication reaches every consumer; the tests then start from empty queues.
        foreach (var queue in Consumers)
        {
            Assert.That(await RabbitQueues.TakeAtLeastAsync(vhost.Management, vhost.Name, queue, Stored.Length, Patience), Has.Count.EqualTo(Stored.Length),
                $"the relay published every stored event to {queue}");
        }
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await vhost.DisposeAsync();
        dataRoot.Delete(recursive: true);
    }

    [Test]
    public async Task Replays_the_ranges_stored_events_to_the_named_endpoint_only_each_time_as_new_messages()
    {
        using var client = host.CreateClient();
        var outboxIds = await OutboxMessageIdsAsync();

        var first = await ReplayAsync(client, nameof(MarketSessionIngested), "2025-08-25", "2025-08-26", Wyckoff);
        var second = await ReplayAsync(client, nameof(MarketSessionIngested), "2025-08-25", "2025-08-26", "wyckoff");

        foreach (var answer in new[] { first, second })
        {
            Assert.That(answer.GetProperty("queue").GetString(), Is.EqualTo(Wyckoff), "a service name resolves to its one endpoint of the event");
            Assert.That(answer.GetProperty("producer").GetString(), Is.EqualTo("ingestion"));
            Assert.That(answer.GetProperty("sent").GetInt32(), Is.EqualTo(3), "the three stored events of 2025-08-25..26, both runs of the 26th");
            Assert.That(answer.GetProperty("sessions").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "2025-08-25", "2025-08-26" }));
        }

        var received = await RabbitQueues.TakeAtLeastAsync(vhost.Management, vhost.Name, Wyckoff, 6, Patience);
        Assert.That(received.Select(m => JsonSerializer.Deserialize<MarketSessionIngested>(m.GetProperty("message"), JsonSerializerOptions.Web)),
            Is.EqualTo(Stored[..3].Concat(Stored[..3])), "the stored events, unchanged, in session then publishing order");
        var ids = received.Select(m => Guid.Parse(m.GetProperty("messageId").GetString()!)).ToArray();
        Assert.That(ids, Is.Unique, "each replay sends new message ids, so the consumer's inbox takes each as new work");
        Assert.That(ids.Intersect(outboxIds), Is.Empty, "no replayed message reuses the original's id, which the inbox would drop");
        Assert.That(received.Select(m => m.GetProperty("messageType")[0].GetString()).Distinct(), Is.EqualTo(new[] { "urn:message:Kapman.Contracts:MarketSessionIngested" }));
        await Task.Delay(500);
        foreach (var other in new[] { Metrics, Options })
        {
            Assert.That(await RabbitQueues.TakeAsync(vhost.Management, vhost.Name, other), Is.Empty, $"{other} is another consumer: it receives nothing");
        }
    }

    [TestCase("IndicatorsComputed", "2025-08-25", "2025-08-26", Wyckoff, "event 'IndicatorsComputed' cannot be replayed; replayable events: RunDailyPipeline, MarketSessionIngested",
        TestName = "An event without a consumer is refused")]
    [TestCase("MarketSessionIngested", "2025-08-25", "2025-08-26", "notification-wyckoff-alert-raised",
        "endpoint 'notification-wyckoff-alert-raised' does not consume MarketSessionIngested; its consumers: metrics-market-session-ingested, options-market-session-ingested, wyckoff-market-session-ingested.",
        TestName = "An endpoint that does not consume the event is refused")]
    [TestCase("MarketSessionIngested", "2025-08-25", "2025-08-26", null,
        "endpoint '' does not consume MarketSessionIngested; its consumers: metrics-market-session-ingested, options-market-session-ingested, wyckoff-market-session-ingested.",
        TestName = "A missing endpoint is refused")]
    [TestCase("OptionMetricsComputed", "2025-08-25", "2025-08-26", "wyckoff-option-metrics-computed",
        "OptionMetricsComputed is stored by the options service, not ingestion: ask it (POST /api/options/replay).",
        TestName = "An event another service stores is refused")]
    [TestCase("MarketSessionIngested", "2025-08-27", "2025-08-26", Wyckoff, "from must not be after to.", TestName = "from after to is refused")]
    [TestCase("MarketSessionIngested", "2000-01-01", "2010-01-09", Wyckoff, "from and to must be at most 3660 days apart.", TestName = "A range over 3660 days is refused")]
    [TestCase("MarketSessionIngested", "1997-12-31", "2025-08-26", Wyckoff, "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A year before the calendar is refused")]
    [TestCase("MarketSessionIngested", null, null, Wyckoff, "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "Missing dates are refused")]
    [TestCase("MarketSessionIngested", "26/08/2025", "2025-08-26", Wyckoff, "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A date not in yyyy-MM-dd is refused")]
    public async Task A_bad_request_is_a_400_problem_and_sends_nothing(string eventName, string? from, string? to, string? endpoint, string detail)
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/replay", UriKind.Relative), new { @event = eventName, from, to, endpoint });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(400));
            Assert.That(problem.GetProperty("detail").GetString(), Does.StartWith(detail));
        });
        await Task.Delay(500);
        Assert.That(await RabbitQueues.TakeAsync(vhost.Management, vhost.Name, Wyckoff), Is.Empty);
    }

    [Test]
    public async Task Without_a_body_it_is_a_400_problem()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsync(new Uri("/replay", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            Is.EqualTo("a JSON body {event, from, to, endpoint} is required."));
    }

    [Test]
    public async Task Without_the_gateway_credential_it_is_a_401_and_sends_nothing()
    {
        using var anonymous = host.Server.CreateClient();

        using var response = await anonymous.PostAsJsonAsync(new Uri("/replay", UriKind.Relative),
            new { @event = nameof(MarketSessionIngested), from = "2025-08-25", to = "2025-08-26", endpoint = Wyckoff });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await Task.Delay(500);
        Assert.That(await RabbitQueues.TakeAsync(vhost.Management, vhost.Name, Wyckoff), Is.Empty);
    }

    private static async Task<JsonElement> ReplayAsync(HttpClient client, string eventName, string from, string to, string endpoint)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/replay", UriKind.Relative), new { @event = eventName, from, to, endpoint });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<Guid[]> OutboxMessageIdsAsync()
    {
        await using var connection = await host.OpenAsync();
        return [.. await connection.QueryAsync<Guid>("SELECT message_id FROM market.outbox")];
    }
}
