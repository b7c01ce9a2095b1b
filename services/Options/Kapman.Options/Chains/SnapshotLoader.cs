using System.Text.Json;
using Kapman.Options.Core;

namespace Kapman.Options.Chains;

/// <summary>
/// Reads one underlying's snapshot file without letting a bad file fail the whole stage: an unreadable
/// file (I/O or permission error), a body that is not JSON, or a snapshot <see cref="PolygonSnapshotReader"/>
/// rejects (no results array, wrong date or ticker, no spot) becomes a <see cref="SnapshotLoad"/> with its reason:
/// <c>UNREADABLE</c>, <c>NOT_JSON</c> or <c>BAD_SNAPSHOT</c>, then ": " and the error message.
/// </summary>
public static class SnapshotLoader
{
    /// <summary>Loads <paramref name="path"/> as the chain of <paramref name="underlying"/> on <paramref name="session"/>.</summary>
    /// <exception cref="ArgumentException">underlying or path is null or blank.</exception>
    public static SnapshotLoad Load(string underlying, string path, DateOnly session)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(underlying);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            using var file = File.OpenRead(path);
            return new SnapshotLoad(underlying, path, PolygonSnapshotReader.Read(file, underlying, session), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            var code = ex switch
            {
                JsonException => "NOT_JSON",
                InvalidDataException => "BAD_SNAPSHOT",
                _ => "UNREADABLE",
            };
            return new SnapshotLoad(underlying, path, null, $"{code}: {ex.Message}");
        }
    }
}
