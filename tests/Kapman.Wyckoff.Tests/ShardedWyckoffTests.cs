using Kapman.Contracts;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Npgsql;

namespace Kapman.Wyckoff.Tests;

/// <summary>The Wyckoff stage in ticker shards across replicas (<see cref="ShardedStageTests"/>): snapshots and alerts identical.</summary>
public sealed class ShardedWyckoffTests : ShardedStageTests
{
    private protected override ShardedStage Stage { get; } = new(
        "Wyckoff", "wyckoff", typeof(Data.SnapshotStore).Assembly, "WyckoffSessionAnalyzed",
        new Dictionary<string, Func<NpgsqlConnection, Task<string?>>>
        {
            ["snapshot_versions"] = ShardedStage.TableHash("snapshot_versions", "computed_at"),
            ["alerts"] = ShardedStage.TableHash("alerts", "raised_at"),
        },
        WholeSessionAsync);

    private static async Task WholeSessionAsync(NpgsqlDataSource dataSource, DateOnly session)
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(dataSource, signal).BeginAsync(CancellationToken.None);
        await Application.WyckoffDailyStep.RunAsync(
            tx, new MarketBarReader(dataSource), WyckoffParameters.Default, new MarketSessionIngested(Guid.NewGuid(), session, 0, 0, 0, "test:sample"), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }
}
