namespace Kapman.Cli.History;

/// <summary>The services' history-job endpoints, as <see cref="HistoryDriver"/> uses them.</summary>
internal interface IHistoryJobApi
{
    /// <summary>Starts the job of <paramref name="service"/> for [<paramref name="from"/>, <paramref name="to"/>] (or joins the same running one).</summary>
    /// <exception cref="Api.KapmanApiException">Refused (bad range, another range running, no API key) or unreachable.</exception>
    Task<HistoryJobStatus> StartAsync(string service, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>The job's status, or null when the service no longer knows it (it restarted).</summary>
    /// <exception cref="Api.KapmanApiException">The service answered with an error or was unreachable.</exception>
    Task<HistoryJobStatus?> GetAsync(string service, Guid id, CancellationToken ct);
}
