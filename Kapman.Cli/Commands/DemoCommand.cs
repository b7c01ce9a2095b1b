using System.CommandLine;
using Kapman.Cli.Api;
using Kapman.Cli.Cli;
using Kapman.Cli.Reporting;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman demo [--date D] [--data-root DIR] [--history-sessions N] [--no-history]</c>: the main job. Brings the suite up
/// (or reuses a healthy one), backfills history before the date, computes indicators, Wyckoff snapshots and events, and the
/// recommendations they lead to, scored week by week with the walk-forward calibration, for every backfilled session (unless
/// <c>--no-history</c>; so the Accuracy page has scored calls), runs the pipeline for the date and prints a summary.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The demo session when none is given.</summary>
    public static readonly DateOnly DefaultDate = new(2025, 8, 26);

    public static Command Create()
    {
        var date = new Option<DateOnly?>("--date") { Description = $"Session to run (default {DefaultDate:yyyy-MM-dd}).", HelpName = "yyyy-MM-dd" };
        var dataRoot = KapmanCli.DataRootOption();
        var sessions = new Option<int>("--history-sessions")
        {
            Description = "Sessions of history to backfill before the date.",
            DefaultValueFactory = _ => 300,
        };
        sessions.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--history-sessions must be at least 1.");
            }
        });
        var noHistory = new Option<bool>("--no-history") { Description = "Skip computing indicators, Wyckoff history and past recommendations with their outcomes for the backfilled sessions." };
        var command = new Command("demo", "Run the whole daily job on bundled data and summarise it; leaves the suite running.")
        {
            date,
            dataRoot,
            sessions,
            noHistory,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(date) ?? DefaultDate, parse.GetValue(dataRoot), parse.GetValue(sessions), !parse.GetValue(noHistory), ct));
        return command;
    }

    private static async Task<int> RunAsync(DateOnly session, string? dataRootOption, int historySessions, bool withHistory, CancellationToken ct)
    {
        var settings = CliSettings.FromEnvironment();
        var dataRoot = settings.DataRoot(dataRootOption);
        if (!await EnsureSuiteAsync(settings, dataRoot, ct))
        {
            return 1;
        }

        var available = SessionFiles.List(dataRoot);
        if (!available.Contains(session))
        {
            Console.WriteLine($"Note: {dataRoot} has no flat file for {session:yyyy-MM-dd}; the ingestion stage will report it.");
        }

        var (from, to) = BackfillWindow.Compute(session, historySessions, available);
        using var http = Gateway.CreateClient(TimeSpan.FromMinutes(10));
        var api = Gateway.Api(http, settings);
        try
        {
            Console.WriteLine($"Backfilling {from:yyyy-MM-dd} .. {to:yyyy-MM-dd} (up to {historySessions} sessions) from {dataRoot}");
            var (backfill, backfillWall) = await BackfillRunner.RunAsync(api, from, to, Console.Out, ct);
            BackfillCommand.Print(backfill, backfillWall);
            if (withHistory)
            {
                Console.WriteLine($"Computing indicators, Wyckoff history and scored recommendations for {from:yyyy-MM-dd} .. {to:yyyy-MM-dd}");
                await BackfillCommand.HistoryAsync(http, settings.ReadApiKey(), from, to, ct);
            }

            var run = await PipelineRunner.RunAsync(api, session, TimeSpan.FromMinutes(10), Console.Out, ct);
            var exitCode = PipelineCommand.Report(run);
            await DemoSummary.PrintAsync(api, run, backfill, backfillWall, settings.RepoRoot, ct);
            return exitCode;
        }
        catch (Exception ex) when (ex is KapmanApiException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync("Demo failed: " + ex.Message);
            return 1;
        }
    }

    private static async Task<bool> EnsureSuiteAsync(CliSettings settings, string dataRoot, CancellationToken ct)
    {
        using var http = new HttpClient();
        if (StatusCollector.AllGreen(await StatusCollector.CollectAsync(http, settings, ct)))
        {
            var running = SupervisorFiles.RunningDataRoot(settings.RepoRoot);
            Console.WriteLine("Reusing the running suite.");
            if (running is not null && running != dataRoot)
            {
                Console.WriteLine($"Warning: it was started with data root {running}, not {dataRoot}. Run ./kapman.sh down first to switch.");
            }

            return true;
        }

        return await UpCommand.DetachAsync(settings, dataRoot, ct) == 0;
    }
}
