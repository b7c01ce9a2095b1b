using System.Diagnostics;
using Dapper;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.ServiceDefaults.Tests.Telemetry;

/// <summary>
/// A pipeline run's trace crosses RabbitMQ: on a host wired like the services (real PostgreSQL and RabbitMQ), the consumer's
/// activity is in the publisher's trace, whether the event is published on the bus directly or, as the stages do, written
/// to the outbox in a transaction and published later by the relay.
/// </summary>
[TestFixture]
public sealed class TraceAcrossBrokerTests
{
    private const string Schema = "tracetest";
    private ServiceTestDatabase database = null!;
    private RabbitVirtualHost vhost = null!;
    private RelayHost host = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        database = await ServiceTestDatabase.CreateAsync(Schema, typeof(OutboxRelay).Assembly);
        vhost = await RabbitVirtualHost.CreateAsync("kapman_trace_tests");
        host = await RelayHost.StartAsync(database.DataSource, vhost.AmqpUri);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await vhost.DisposeAsync();
        await database.DisposeAsync();
    }

    [Test]
    public async Task A_direct_publish_is_consumed_in_the_publishers_trace()
    {
        var messageId = Guid.NewGuid();
        ActivityTraceId publisherTrace;
        using (var publisher = StartRootActivity("test publish"))
        {
            publisherTrace = publisher.TraceId;
            await host.App.Services.GetRequiredService<IPublishEndpoint>()
                .Publish(new RecommendationsGenerated(Guid.NewGuid(), new DateOnly(2025, 8, 26), 1, 0, []), context => context.MessageId = messageId);
        }

        var consumerTrace = await ConsumedTraceAsync(messageId);

        Assert.That(consumerTrace, Is.EqualTo(publisherTrace));
    }

    [Test]
    public async Task An_event_written_to_the_outbox_is_consumed_in_the_writers_trace()
    {
        ActivityTraceId writerTrace;
        using (var writer = StartRootActivity("test stage"))
        {
            writerTrace = writer.TraceId;
            await using var tx = await host.App.Services.GetRequiredService<ServiceDatabase>().BeginAsync(CancellationToken.None);
            await tx.PublishAsync(new RecommendationsGenerated(Guid.NewGuid(), new DateOnly(2025, 8, 26), 2, 0, []), CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var (messageId, traceParent) = await connection.QuerySingleAsync<(Guid, string?)>(
            "SELECT message_id, trace_parent FROM outbox WHERE payload->>'issued' = '2'");
        var consumerTrace = await ConsumedTraceAsync(messageId);

        Assert.Multiple(() =>
        {
            Assert.That(traceParent, Does.StartWith($"00-{writerTrace}-"), "the row keeps the writer's W3C traceparent");
            Assert.That(consumerTrace, Is.EqualTo(writerTrace));
        });
    }

    /// <summary>
    /// A root activity on the Kapman source, which the host's tracer provider samples; a new trace, so nothing of an
    /// earlier test leaks into it.
    /// </summary>
    private static Activity StartRootActivity(string name)
    {
        var previous = Activity.Current;
        Activity.Current = null;
        var activity = TelemetryExtensions.KapmanActivitySource.StartActivity(name, ActivityKind.Internal, default(ActivityContext));
        if (activity is null)
        {
            Activity.Current = previous;
            Assert.Fail("The host's tracer provider does not listen to the Kapman activity source.");
        }

        return activity!;
    }

    private async Task<ActivityTraceId> ConsumedTraceAsync(Guid messageId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!host.Traces.ContainsKey(messageId))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Message {messageId} was not consumed within 30 s.");
            }

            await Task.Delay(100);
        }

        var trace = host.Traces[messageId];
        Assert.That(trace, Is.Not.EqualTo(default(ActivityTraceId)), "the consumer ran without an activity");
        return trace;
    }
}
