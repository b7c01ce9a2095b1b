using System.Text.Json;

namespace Kapman.Ingestion.Pipeline;

/// <summary>What a weekly run pruned from one table (issue 22 item 4).</summary>
/// <param name="Cutoff">The first session date kept.</param>
/// <param name="DroppedPartitions">Whole partitions dropped.</param>
/// <param name="DeletedRows">Rows deleted.</param>
public sealed record RetentionCountDto(DateOnly Cutoff, int DroppedPartitions, long DeletedRows)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The counts of a run's <c>retention</c> JSON (table → counts); empty for <c>{}</c>.</summary>
    public static IReadOnlyDictionary<string, RetentionCountDto> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, RetentionCountDto>>(json, Json) ?? [];
}
