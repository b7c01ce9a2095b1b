using Microsoft.Extensions.Hosting;

namespace Kapman.ServiceDefaults.Hosting;

/// <summary>
/// A background loop that runs <see cref="PassAsync"/> every <see cref="Interval"/> on the injected clock, so tests drive it with a
/// fake time provider. A failed pass is handed to <see cref="OnPassFailed"/> and tried again at the next interval: a worker must
/// outlive a database or read-contract outage. Stopping the host ends the loop between or during passes.
/// </summary>
/// <param name="clock">The clock the waits run on.</param>
public abstract class PeriodicWorker(TimeProvider clock) : BackgroundService
{
    /// <summary>The clock the waits run on, for passes that need the time.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>False to do nothing at all (the feature is switched off in configuration).</summary>
    protected virtual bool Enabled => true;

    /// <summary>True to wait one interval before the first pass rather than running it at start.</summary>
    protected virtual bool WaitsBeforeFirstPass => false;

    /// <summary>Time between the end of one pass and the start of the next.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass of the worker's job.</summary>
    protected abstract Task PassAsync(CancellationToken ct);

    /// <summary>Logs a pass that threw (anything but the host stopping).</summary>
    protected abstract void OnPassFailed(Exception exception);

    /// <summary>Called once at start when <see cref="Enabled"/> is false; logs nothing unless overridden.</summary>
    protected virtual void OnDisabled()
    {
    }

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            OnDisabled();
            return;
        }

        var wait = WaitsBeforeFirstPass;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (wait)
                {
                    await Task.Delay(Interval, Clock, stoppingToken);
                }

                wait = true;
                await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker must outlive a failed pass (a database or read contract down): logged and tried again
            catch (Exception ex)
#pragma warning restore CA1031
            {
                OnPassFailed(ex);
            }
        }
    }
}
