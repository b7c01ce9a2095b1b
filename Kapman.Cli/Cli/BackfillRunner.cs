using System.Diagnostics;
using System.Globalization;
using Kapman.Cli.Api;

namespace Kapman.Cli.Cli;

/// <summary>Backfills a date range in chunks of 60 calendar days, printing one line per chunk.</summary>
internal static class BackfillRunner
{
    /// <summary>Chunk size in calendar days (about 42 sessions per synchronous call).</summary>
    public const int ChunkDays = 60;

    /// <summary>Returns the summed result and the client-side wall time.</summary>
    /// <exception cref="KapmanApiException">A chunk failed.</exception>
    public static async Task<(BackfillResult Total, TimeSpan WallTime)> RunAsync(
        KapmanApi api, DateOnly from, DateOnly to, TextWriter output, CancellationToken ct)
    {
        var total = BackfillResult.Zero;
        var wall = Stopwatch.StartNew();
        foreach (var (chunkFrom, chunkTo) in BackfillWindow.Chunks(from, to, ChunkDays))
        {
            var result = await api.BackfillAsync(chunkFrom, chunkTo, ct);
            total = total.Add(result);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {chunkFrom:yyyy-MM-dd} .. {chunkTo:yyyy-MM-dd}: {result.Sessions} sessions, {result.Rows:N0} rows, {result.Quarantined:N0} quarantined, {result.Missing} missing ({result.DurationMs / 1000:0.0} s)"));
        }

        return (total, wall.Elapsed);
    }
}
