using System.Diagnostics;
using Kapman.Cli.Api;
using Kapman.Cli.Reporting;

namespace Kapman.Cli.Cli;

/// <summary>Starts a pipeline run and polls it every second until it is final, printing stage changes.</summary>
internal static class PipelineRunner
{
    /// <summary>The final run, or the last one seen (not final) when <paramref name="timeout"/> passed.</summary>
    /// <exception cref="KapmanApiException">Starting or polling the run failed.</exception>
    public static async Task<PipelineRun> RunAsync(KapmanApi api, DateOnly session, TimeSpan timeout, TextWriter output, CancellationToken ct)
    {
        var runId = await api.StartRunAsync(session, ct);
        output.WriteLine($"Pipeline run {runId} for {session:yyyy-MM-dd} started.");
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var run = await api.GetRunAsync(runId, ct);
            foreach (var stage in run.Stages.Where(s => !seen.TryGetValue(s.Stage, out var status) || status != s.Status))
            {
                seen[stage.Stage] = stage.Status;
                output.WriteLine($"  [{clock.Elapsed.TotalSeconds,5:0.0} s] {stage.Stage}: {stage.Status}");
            }

            if (RunStatus.IsFinal(run) || clock.Elapsed >= timeout)
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }
}
