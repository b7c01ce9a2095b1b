using System.Globalization;
using Dapper;
using Kapman.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// Base for every Kapman consumer. Exactly-once effect over at-least-once delivery: the message id goes into
/// the inbox in the same transaction as the handler's writes and outgoing events, so a redelivered or
/// replayed message changes nothing. When <see cref="Stage"/> is set, the pipeline stage is reported
/// running before the work and finished (with the outcome the handler returns) in the work's transaction. An
/// exception propagates so MassTransit retries (<see cref="RetryPolicy"/>); a try that fails leaves the stage
/// running, because the next try may succeed. Only when the retries are spent does the message go to the
/// endpoint's <c>_error</c> queue and MassTransit publish <c>Fault&lt;T&gt;</c>, from which the run keeper marks the
/// stage failed: that path needs no database, so a failure during a database outage is still reported.
/// Every delivery writes one log line (<see cref="ConsumerLog"/>, category: the consumer's type): handled and skipped as a
/// duplicate at Information, a failed try with its exception at Warning when it is an outage that is waited out
/// (<see cref="TransientFailure"/>) or a shutdown, else at Error.
/// </summary>
public abstract class IdempotentConsumer<T>(ServiceDatabase database, TimeProvider clock) : IConsumer<T> where T : class, IIntegrationEvent
{
    /// <summary>The pipeline stage this consumer performs, or null when it is not a stage.</summary>
    protected virtual string? Stage => null;

    /// <summary>Inbox key; the consumer's type name unless overridden.</summary>
    protected virtual string ConsumerName => GetType().Name;

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(T).Name} arrived without a MessageId.");
        var logger = Logger(context);
        var message = context.Message;
        var stage = Stage ?? ConsumerLog.NoStage;
        var session = message.SessionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var started = clock.GetTimestamp();
        try
        {
            var handled = await ProcessAsync(message, messageId, context.CancellationToken);
            var durationMs = (long)clock.GetElapsedTime(started).TotalMilliseconds;
            if (handled)
            {
                ConsumerLog.Handled(logger, ConsumerName, stage, typeof(T).Name, messageId, message.RunId, session, durationMs);
            }
            else
            {
                ConsumerLog.Skipped(logger, ConsumerName, stage, typeof(T).Name, messageId, message.RunId, session, durationMs);
            }
        }
        catch (Exception ex)
        {
            var level = TransientFailure.Is(ex) || context.CancellationToken.IsCancellationRequested ? LogLevel.Warning : LogLevel.Error;
            ConsumerLog.Failed(logger, level, ex, ConsumerName, stage, typeof(T).Name, messageId, message.RunId, session,
                (long)clock.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    /// <summary>
    /// Work that reads from outside the database (downloads, remote APIs, which may be slow or retried), done before the
    /// transaction opens so that no transaction or inbox row stays locked while it waits; <see cref="HandleAsync"/> then
    /// runs on the same consumer instance (MassTransit creates one per message) and may use what it kept. A failure here
    /// fails the stage like a failure in the handler. Nothing by default.
    /// </summary>
    protected virtual Task PrepareAsync(T message, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Does the work inside <paramref name="tx"/>. Returns the stage outcome, or null when the stage is not
    /// finished by this message (for example a join still waiting for its other input).
    /// </summary>
    protected abstract Task<StageOutcome?> HandleAsync(T message, OutboxTransaction tx, CancellationToken ct);

    /// <summary>Does the message's work once; false when the inbox already holds it (a redelivery or a replay of the same id).</summary>
    private async Task<bool> ProcessAsync(T message, Guid messageId, CancellationToken ct)
    {
        if (await AlreadyProcessedAsync(messageId, ct))
        {
            return false;
        }

        var startedAt = clock.GetUtcNow();
        await ReportAsync(message, StageStatuses.Running, startedAt, null, null, ct);
        await PrepareAsync(message, ct);
        await using var tx = await database.BeginAsync(ct);
        if (!await tx.TryMarkProcessedAsync(ConsumerName, messageId, ct))
        {
            return false;
        }

        var outcome = await HandleAsync(message, tx, ct);
        if (Stage is not null && outcome is not null)
        {
            await tx.PublishAsync(StageEvent(message, outcome.Status, startedAt, outcome.Count, outcome.Error), ct);
        }

        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// The logger of the consumer's type, from the message's DI scope (MassTransit puts it on the context); the constructor
    /// stays (database, clock) so that no service's consumers change. A context without a scope (a hand-made one) logs nothing.
    /// </summary>
    private ILogger Logger(ConsumeContext context)
    {
        var services = context.TryGetPayload<IServiceProvider>(out var provider) ? provider
            : context.TryGetPayload<IServiceScope>(out var scope) ? scope.ServiceProvider
            : null;
        return services?.GetService<ILoggerFactory>()?.CreateLogger(GetType()) ?? NullLogger.Instance;
    }

    private async Task<bool> AlreadyProcessedAsync(Guid messageId, CancellationToken ct)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM inbox WHERE consumer = @consumer AND message_id = @messageId)",
            new { consumer = ConsumerName, messageId }, cancellationToken: ct));
    }

    private async Task ReportAsync(T message, string status, DateTimeOffset startedAt, int? count, string? error, CancellationToken ct)
    {
        if (Stage is null)
        {
            return;
        }

        await using var tx = await database.BeginAsync(ct);
        await tx.PublishAsync(StageEvent(message, status, startedAt, count, error), ct);
        await tx.CommitAsync(ct);
    }

    private PipelineStageChanged StageEvent(T message, string status, DateTimeOffset startedAt, int? count, string? error) =>
        new(message.RunId, message.SessionDate, Stage!, status, count, error, startedAt, clock.GetUtcNow());
}
