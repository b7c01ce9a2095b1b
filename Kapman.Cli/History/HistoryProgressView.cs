using System.Globalization;
using Spectre.Console;

namespace Kapman.Cli.History;

/// <summary>
/// The history computation's Spectre.Console progress bars, one per service (<see cref="HistoryDriver.Services"/>): units done
/// of the range (tickers for metrics, sessions for Wyckoff) and rows written. Redirected output gets plain updates.
/// </summary>
internal static class HistoryProgressView
{
    /// <summary>Runs <paramref name="work"/>, feeding its reports to the bars, and returns its outcome.</summary>
    public static async Task<HistoryOutcome> RunAsync(Func<Action<string, HistoryJobStatus>, Task<HistoryOutcome>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        HistoryOutcome? outcome = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = HistoryDriver.Services.ToDictionary(s => s, s => context.AddTask(s + " history", maxValue: 1));
                outcome = await work((service, status) =>
                {
                    var task = tasks[service];
                    task.MaxValue = Math.Max(1, status.Total);
                    task.Value = status.State == "succeeded" ? task.MaxValue : status.Done;
                    task.Description = Describe(service, status);
                });
                foreach (var task in tasks.Values)
                {
                    task.StopTask();
                }
            });
        return outcome!;
    }

    /// <summary>The bar's text: <c>wyckoff 120/289 sessions · 81,600 rows</c>.</summary>
    public static string Describe(string service, HistoryJobStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return string.Create(CultureInfo.InvariantCulture, $"{service} {status.Done}/{status.Total} {status.Unit} · {status.Rows:N0} rows");
    }

    /// <summary>What a service's history job computes, as the summary names it.</summary>
    private static string Layer(string service) => service switch
    {
        "metrics" => "indicators",
        "wyckoff" => "Wyckoff",
        _ => "recommendations and outcomes",
    };

    /// <summary>The closing line: per service its units, rows and server time, then the wall time (or the failure).</summary>
    public static string Summary(HistoryOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        // Jobs are listed in HistoryDriver.Services order, so the i-th job is the i-th service's.
        var parts = outcome.Jobs.Select((j, i) => string.Create(
            CultureInfo.InvariantCulture, $"{Layer(HistoryDriver.Services[i])} {j.Done} {j.Unit}, {j.Rows:N0} rows in {j.ElapsedMs / 1000.0:0.0} s"));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"History: {string.Join("; ", parts)}; wall {Reporting.RunSummary.FormatDuration(outcome.WallTime)}");
        return outcome.Succeeded ? text + "." : text + "; FAILED: " + outcome.Error + ". Run the same command again: history is recomputed idempotently.";
    }
}
