using System.Diagnostics;
using Npgsql;

namespace Kapman.ServiceDefaults.Data;

/// <summary>
/// Builds the services' data sources with Npgsql's tracing limited to commands that run inside a trace (a request, a
/// consumed message, an outbox publish). The outbox relay, the pruner and the lag monitor poll every second or so
/// outside any trace; each poll would otherwise be a one-span trace of its own, thousands an hour, burying the
/// pipeline's traces on the dashboard. Their queries are still counted in Npgsql's metrics.
/// </summary>
public static class TracedDataSource
{
    /// <summary>A data source for <paramref name="connectionString"/> that traces only commands with a parent span.</summary>
    public static NpgsqlDataSource Build(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConfigureTracing(tracing => tracing
            .ConfigureCommandFilter(_ => Activity.Current is not null)
            .ConfigureBatchFilter(_ => Activity.Current is not null)
            .ConfigureCopyOperationFilter(_ => Activity.Current is not null));
        return builder.Build();
    }
}
