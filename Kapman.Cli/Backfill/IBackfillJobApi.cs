namespace Kapman.Cli.Backfill;

/// <summary>The ingestion service's backfill-job endpoints, as <see cref="BackfillDriver"/> uses them.</summary>
internal interface IBackfillJobApi
{
    /// <summary>Starts the job (or joins the same running one).</summary>
    /// <exception cref="Api.KapmanApiException">Refused (bad range or source, another backfill running, no API key), or the service stayed unreachable.</exception>
    Task<BackfillJobStatus> StartAsync(BackfillJobRequest request, CancellationToken ct);

    /// <summary>The job's status, or null when the service no longer knows it (it restarted).</summary>
    /// <exception cref="Api.KapmanApiException">The service stayed unreachable.</exception>
    Task<BackfillJobStatus?> GetAsync(Guid id, CancellationToken ct);
}
