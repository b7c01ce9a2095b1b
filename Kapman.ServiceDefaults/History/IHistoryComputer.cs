namespace Kapman.ServiceDefaults.History;

/// <summary>
/// A service's bulk history path (issue 22 item 2): computes its analytical layer for every session of a range, writing
/// exactly the rows its daily per-session step would write for each session, idempotently (a rerun leaves the same rows).
/// Run in the background by <see cref="HistoryJobs"/> behind <c>POST /history/compute</c>.
/// </summary>
public interface IHistoryComputer
{
    /// <summary>What <see cref="HistoryProgress"/> counts for this service: <c>tickers</c> or <c>sessions</c>.</summary>
    string Unit { get; }

    /// <summary>Computes and stores every session from <paramref name="first"/> to <paramref name="last"/> (both inclusive).</summary>
    /// <param name="first">First session date.</param>
    /// <param name="last">Last session date, not before <paramref name="first"/>.</param>
    /// <param name="progress">Counters to plan and advance while running.</param>
    /// <param name="ct">Cancelled when the service stops.</param>
    Task RunAsync(DateOnly first, DateOnly last, HistoryProgress progress, CancellationToken ct);
}
