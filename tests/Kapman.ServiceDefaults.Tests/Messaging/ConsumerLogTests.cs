using System.Globalization;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Kapman.ServiceDefaults.Tests.Messaging;

/// <summary>
/// <see cref="IdempotentConsumer{T}"/> on real PostgreSQL and RabbitMQ writes one structured line per delivery: handled,
/// skipped as a duplicate (the same MessageId again), or failed with its exception (Warning for an outage that is waited
/// out, Error for a failure of the message itself), each with consumer, stage, message type and id, run, session and duration.
/// </summary>
[TestFixture]
public sealed class ConsumerLogTests
{
    private const string Schema = "logtest";
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly string Category = typeof(LogProbeConsumer).FullName!;
    private ServiceTestDatabase database = null!;
    private RabbitVirtualHost vhost = null!;
    private RelayHost host = null!;
    private FakeLogCollector logs = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        database = await ServiceTestDatabase.CreateAsync(Schema, typeof(OutboxRelay).Assembly);
        vhost = await RabbitVirtualHost.CreateAsync("kapman_log_tests");
        host = await RelayHost.StartAsync(database.DataSource, vhost.AmqpUri,
            configure: builder => builder.Logging.AddFakeLogging(), consumers: bus => bus.AddConsumer<LogProbeConsumer>());
        logs = host.App.Services.GetFakeLogCollector();
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
    public async Task A_handled_message_writes_one_information_line_with_its_fields()
    {
        var (messageId, runId) = (Guid.NewGuid(), Guid.NewGuid());
        var sent = DateTime.UtcNow;

        await PublishAsync(new LogProbe(runId, Session, null), messageId);
        var line = await LineAsync(messageId, 1);
        await Task.Delay(500);

        Assert.Multiple(() =>
        {
            Assert.That(Lines(messageId), Has.Count.EqualTo(1), "one line per delivery");
            Assert.That(line.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(line.Id.Name, Is.EqualTo("MessageHandled"));
            Assert.That(line.Exception, Is.Null);
            Assert.That(line.Message, Is.EqualTo($"LogProbeConsumer handled LogProbe {messageId} (stage log-probe, run {runId}, session 2025-08-26) in {line.GetStructuredStateValue("DurationMs")} ms"));
            AssertFields(line, messageId, runId, DateTime.UtcNow - sent);
        });
    }

    [Test]
    public async Task A_redelivered_message_is_logged_as_skipped_as_a_duplicate()
    {
        var (messageId, runId) = (Guid.NewGuid(), Guid.NewGuid());
        var sent = DateTime.UtcNow;

        await PublishAsync(new LogProbe(runId, Session, null), messageId);
        await LineAsync(messageId, 1);
        await PublishAsync(new LogProbe(runId, Session, null), messageId);
        var line = await LineAsync(messageId, 2);

        Assert.Multiple(() =>
        {
            Assert.That(Lines(messageId).Select(l => l.Id.Name), Is.EqualTo(new[] { "MessageHandled", "MessageSkippedAsDuplicate" }));
            Assert.That(line.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(line.Exception, Is.Null);
            Assert.That(line.Message, Does.StartWith($"LogProbeConsumer skipped LogProbe {messageId} as a duplicate (stage log-probe, run {runId}, session 2025-08-26) in "));
            AssertFields(line, messageId, runId, DateTime.UtcNow - sent);
        });
    }

    [TestCase("invalid", LogLevel.Error, typeof(InvalidOperationException))]
    [TestCase("timeout", LogLevel.Warning, typeof(TimeoutException))]
    public async Task A_failed_try_is_logged_with_its_exception(string failure, LogLevel level, Type exception)
    {
        var (messageId, runId) = (Guid.NewGuid(), Guid.NewGuid());
        var sent = DateTime.UtcNow;

        await PublishAsync(new LogProbe(runId, Session, failure), messageId);
        var line = await LineAsync(messageId, 1);

        Assert.Multiple(() =>
        {
            Assert.That(line.Level, Is.EqualTo(level));
            Assert.That(line.Id.Name, Is.EqualTo("MessageFailed"));
            Assert.That(line.Exception, Is.TypeOf(exception));
            Assert.That(line.Message, Does.StartWith($"LogProbeConsumer failed on LogProbe {messageId} (stage log-probe, run {runId}, session 2025-08-26) after "));
            AssertFields(line, messageId, runId, DateTime.UtcNow - sent);
        });
    }

    private static void AssertFields(FakeLogRecord line, Guid messageId, Guid runId, TimeSpan atMost)
    {
        Assert.That(line.GetStructuredStateValue("Consumer"), Is.EqualTo("LogProbeConsumer"));
        Assert.That(line.GetStructuredStateValue("Stage"), Is.EqualTo(LogProbeConsumer.StageName));
        Assert.That(line.GetStructuredStateValue("MessageType"), Is.EqualTo("LogProbe"));
        Assert.That(line.GetStructuredStateValue("MessageId"), Is.EqualTo(messageId.ToString()));
        Assert.That(line.GetStructuredStateValue("RunId"), Is.EqualTo(runId.ToString()));
        Assert.That(line.GetStructuredStateValue("SessionDate"), Is.EqualTo("2025-08-26"));
        var duration = long.Parse(line.GetStructuredStateValue("DurationMs")!, CultureInfo.InvariantCulture);
        Assert.That(duration, Is.InRange(0, (long)atMost.TotalMilliseconds), "the delivery's duration in ms, within the test's own wait");
    }

    private Task PublishAsync(LogProbe probe, Guid messageId) =>
        host.App.Services.GetRequiredService<IPublishEndpoint>().Publish(probe, context => context.MessageId = messageId);

    private List<FakeLogRecord> Lines(Guid messageId) =>
        logs.GetSnapshot().Where(r => r.Category == Category && r.GetStructuredStateValue("MessageId") == messageId.ToString()).ToList();

    /// <summary>The <paramref name="count"/>-th line about <paramref name="messageId"/>, waiting up to 30 s for it.</summary>
    private async Task<FakeLogRecord> LineAsync(Guid messageId, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Lines(messageId).Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No log line {count} for message {messageId} within 30 s.");
            }

            await Task.Delay(50);
        }

        return Lines(messageId)[count - 1];
    }
}
