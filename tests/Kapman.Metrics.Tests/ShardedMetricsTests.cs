using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Metrics.Tests;

/// <summary>The metrics stage in ticker shards across replicas (<see cref="ShardedStageTests"/>): indicators and states identical.</summary>
public sealed class ShardedMetricsTests : ShardedStageTests
{
    private protected override ShardedStage Stage { get; } = new(
        "Metrics", "metrics", typeof(Data.IndicatorStore).Assembly, "IndicatorsComputed",
        new Dictionary<string, Func<NpgsqlConnection, Task<string?>>>
        {
            ["indicators"] = ShardedStage.TableHash("indicators", "computed_at"),
            ["indicator_state"] = ShardedStage.TableHash("indicator_state"),
        },
        WholeSessionAsync);

    private static async Task WholeSessionAsync(NpgsqlDataSource dataSource, DateOnly session)
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(dataSource, signal).BeginAsync(CancellationToken.None);
        await Application.DailyIndicatorStep.RunAsync(tx, dataSource, session, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }
}
