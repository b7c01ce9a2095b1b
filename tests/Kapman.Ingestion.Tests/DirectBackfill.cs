using Kapman.Ingestion.Loading;
using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>The service's <see cref="BackfillRunner"/> run in the test process on a database and a flat-file root, without the host; retention off.</summary>
internal static class DirectBackfill
{
    /// <summary>Backfills <paramref name="plan"/> from the flat files under <paramref name="root"/> into <paramref name="dataSource"/>'s database.</summary>
    public static Task<Apis.BackfillResponse> RunAsync(NpgsqlDataSource dataSource, string root, BackfillPlan plan) =>
        new BackfillRunner(new ServiceDatabase(dataSource, new OutboxSignal()), Options.Create(new IngestionOptions { RetentionSessions = 0 }), TimeProvider.System,
                NullLogger<BackfillRunner>.Instance)
            .RunAsync(plan, new LocalSessionFileSource(new DataFiles(root)), new BackfillProgress(), CancellationToken.None);
}
