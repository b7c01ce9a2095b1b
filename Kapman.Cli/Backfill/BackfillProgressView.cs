using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Kapman.Cli.Backfill;

/// <summary>
/// The backfill's Spectre.Console progress bar: sessions done of the range, rows stored, rows/s (rows ÷ wall time since
/// the command started) and the ETA (Spectre's estimate from the rate sessions complete). When output is redirected
/// Spectre prints plain updates instead of redrawing.
/// </summary>
internal static class BackfillProgressView
{
    /// <summary>Runs <paramref name="work"/>, feeding its reports to the bar, and returns its outcome.</summary>
    public static async Task<BackfillOutcome> RunAsync(Func<Action<BackfillTotals>, Task<BackfillOutcome>> work)
    {
        var wall = Stopwatch.StartNew();
        BackfillOutcome? outcome = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("backfill", maxValue: 1);
                outcome = await work(totals =>
                {
                    task.MaxValue = Math.Max(1, totals.SessionsTotal);
                    task.Value = totals.SessionsDone;
                    task.Description = Describe(totals, wall.Elapsed);
                });
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return outcome!;
    }

    /// <summary>The bar's text: <c>412/907 sessions · 276,512 rows · 91,204 rows/s</c> (plus restarts when any).</summary>
    public static string Describe(BackfillTotals totals, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? totals.Rows / elapsed.TotalSeconds : 0;
        var restarts = totals.Restarts > 0 ? string.Create(CultureInfo.InvariantCulture, $" · resumed {totals.Restarts}×") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{totals.SessionsDone}/{totals.SessionsTotal} sessions · {totals.Rows:N0} rows · {rate:N0} rows/s{restarts}");
    }
}
