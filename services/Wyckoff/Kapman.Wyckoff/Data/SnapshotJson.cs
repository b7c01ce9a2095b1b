using System.Text.Json;
using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// A snapshot with its JSON columns already written, as <see cref="SnapshotStore.UpsertRowsAsync"/> stores them. Serialising is
/// a large share of a write's CPU; the history path does it on all cores beside the analysis (<see cref="Of"/> is pure and
/// thread-safe), so the write transaction itself only sends rows.
/// </summary>
/// <param name="Snapshot">The snapshot.</param>
/// <param name="Events">Its events, camelCase (the web defaults).</param>
/// <param name="BcSignals">Its BC rule signals, camelCase.</param>
/// <param name="SpringSignals">Its Spring rule signals, camelCase.</param>
/// <param name="Sequence">Its phase's event sequence, snake_case (docs/domain/wyckoff-events-and-phases.md#event-sequence names).</param>
/// <param name="Checklist">Its checklist, camelCase.</param>
/// <param name="Features">Its signal features, camelCase; null when it has none (<see cref="SnapshotStore.FeaturesJson"/>).</param>
public sealed record SnapshotJson(
    WyckoffSnapshot Snapshot, string Events, string BcSignals, string SpringSignals, string Sequence, string Checklist, string? Features)
{
    /// <summary>The sequence fields keep seed 000 §5.3's names: sequence_position, expected_next, pattern_completion_pct.</summary>
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Writes the JSON columns of <paramref name="s"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static SnapshotJson Of(WyckoffSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SnapshotJson(
            s,
            JsonSerializer.Serialize(s.Events, JsonSerializerOptions.Web),
            JsonSerializer.Serialize(s.Bc.Signals, JsonSerializerOptions.Web),
            JsonSerializer.Serialize(s.Spring.Signals, JsonSerializerOptions.Web),
            JsonSerializer.Serialize(s.Phase.Sequence, SnakeCase),
            JsonSerializer.Serialize(s.Checklist, JsonSerializerOptions.Web),
            SnapshotStore.FeaturesJson(s));
    }
}
