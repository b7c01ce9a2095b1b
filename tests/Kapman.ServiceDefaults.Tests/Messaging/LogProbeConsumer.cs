using Kapman.ServiceDefaults.Messaging;

namespace Kapman.ServiceDefaults.Tests.Messaging;

/// <summary>A pipeline stage that does nothing, or throws what <see cref="LogProbe.Failure"/> asks for.</summary>
public sealed class LogProbeConsumer(ServiceDatabase database, TimeProvider clock) : IdempotentConsumer<LogProbe>(database, clock)
{
    /// <summary>The stage name this probe reports.</summary>
    public const string StageName = "log-probe";

    protected override string Stage => StageName;

    protected override Task<StageOutcome?> HandleAsync(LogProbe message, OutboxTransaction tx, CancellationToken ct) => message.Failure switch
    {
        null => Task.FromResult<StageOutcome?>(StageOutcome.Succeeded(1)),
        "timeout" => throw new TimeoutException("probe: the dependency did not answer"),
        _ => throw new InvalidOperationException("probe: the message is invalid"),
    };
}
