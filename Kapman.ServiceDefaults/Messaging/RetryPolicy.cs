namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// How long a consumer keeps a failing message before it goes to the endpoint's <c>_error</c> queue. Two policies,
/// chosen by <see cref="TransientFailure.Is"/>: an outage of PostgreSQL (a restart, a managed failover of 10-60 s)
/// is waited out in memory, the message staying unacknowledged on its queue, so the run completes by itself when the
/// database is back; a failure of the message itself is retried a few times and then parked for an operator.
/// RabbitMQ's delayed-message plugin, which MassTransit's delayed redelivery needs, is not part of Debian's
/// rabbitmq-server, so the wait is in memory: RabbitMQ redelivers the message if the service dies meanwhile.
/// </summary>
public static class RetryPolicy
{
    /// <summary>
    /// Waits between tries while a dependency is down: 1, 2 and 4 s, then every 5 s, 3 min 42 s in all. The cap is short
    /// because a try against a database that is still down costs one refused connection, while a long wait delays the
    /// whole run by up to that wait after the database is back.
    /// </summary>
    public static readonly TimeSpan[] OutageIntervals =
        new[] { 1, 2, 4 }.Concat(Enumerable.Repeat(OutageIntervalCapSeconds, 43)).Select(seconds => TimeSpan.FromSeconds(seconds)).ToArray();

    /// <summary>The longest wait between tries during an outage, in seconds: how late a recovered dependency can be noticed.</summary>
    public const int OutageIntervalCapSeconds = 5;

    /// <summary>Tries of a message that failed by itself, 200 ms growing to 10 s between them.</summary>
    public const int MessageFailureRetries = 5;

    /// <summary>The first and the longest wait between tries of a message that failed by itself.</summary>
    public static readonly TimeSpan MessageFailureMinInterval = TimeSpan.FromMilliseconds(200), MessageFailureMaxInterval = TimeSpan.FromSeconds(10);

    /// <summary>Total time an outage may last before its messages go to <c>_error</c>.</summary>
    public static TimeSpan OutageBudget => OutageIntervals.Aggregate(TimeSpan.Zero, (sum, next) => sum + next);
}
