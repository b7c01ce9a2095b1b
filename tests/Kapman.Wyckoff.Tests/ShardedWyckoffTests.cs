namespace Kapman.Wyckoff.Tests;

/// <summary>The Wyckoff stage in ticker shards across replicas (<see cref="ShardedStageTests"/>): snapshots and alerts identical.</summary>
public sealed class ShardedWyckoffTests : ShardedStageTests
{
    private protected override ShardedStage Stage { get; } = new(
        "Wyckoff", "wyckoff", typeof(Data.SnapshotStore).Assembly, "WyckoffSessionAnalyzed",
        new Dictionary<string, string>
        {
            ["snapshot_versions"] = ShardedStage.TableHash("snapshot_versions", "computed_at"),
            ["alerts"] = ShardedStage.TableHash("alerts", "raised_at"),
        });
}
