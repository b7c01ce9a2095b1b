namespace Kapman.Web.Clients;

/// <summary>
/// The service health the pages show, probed at most once per <see cref="FreshFor"/> (issue 22: the Today page paid for seven
/// readiness probes on every view, and each probe runs the service's own checks of PostgreSQL and the bus). A reading younger
/// than <see cref="FreshFor"/> is served as is; an older one younger than <see cref="MaxAge"/> is served at once while one
/// probe refreshes it in the background (stale-while-revalidate); without a reading, or with one older than
/// <see cref="MaxAge"/>, the caller waits for a probe. Concurrent callers share one probe. A page therefore shows health at
/// most <see cref="MaxAge"/> old, and says when it was probed (<see cref="HealthReading.CheckedAt"/>).
/// </summary>
/// <param name="probe">Probes every service (<see cref="HealthClient.CheckAllAsync"/>); never throws for a service's failure.</param>
/// <param name="clock">The clock the ages are measured on.</param>
public sealed class HealthCache(Func<CancellationToken, Task<IReadOnlyList<ServiceHealth>>> probe, TimeProvider clock)
{
    /// <summary>Age up to which a reading is served without probing again.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);

    /// <summary>Age beyond which a reading is not shown: the caller waits for a new probe.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private HealthReading? _reading;
    private Task<HealthReading>? _probing;

    /// <summary>The current reading (see the type's summary).</summary>
    /// <param name="cancellationToken">Stops this caller's wait only; a probe started for it runs on for the next caller.</param>
    public async Task<HealthReading> GetAsync(CancellationToken cancellationToken)
    {
        Task<HealthReading> probing;
        lock (_gate)
        {
            var age = _reading is { } current ? clock.GetUtcNow() - current.CheckedAt : TimeSpan.MaxValue;
            if (age < FreshFor)
            {
                return _reading!;
            }

            // On the thread pool, so that its end (which clears _probing under the lock) always follows this assignment.
            probing = _probing ??= Task.Run(ProbeAsync);
            if (age < MaxAge)
            {
                return _reading!;
            }
        }

        return await probing.WaitAsync(cancellationToken);
    }

    private async Task<HealthReading> ProbeAsync()
    {
        try
        {
            // Not the request's token: a probe outlives the request that started it, and its result serves the next ones.
            var services = await probe(CancellationToken.None);
            var reading = new HealthReading(services, clock.GetUtcNow());
            lock (_gate)
            {
                _reading = reading;
            }

            return reading;
        }
        finally
        {
            lock (_gate)
            {
                _probing = null;
            }
        }
    }
}
