using System.CommandLine;
using Kapman.Cli.Api;
using Kapman.Cli.Cli;
using Kapman.Cli.Reporting;
using Spectre.Console;

namespace Kapman.Cli.Commands;

/// <summary><c>kapman pipeline run --date D [--timeout 600]</c>: runs the daily pipeline and prints its stages.</summary>
internal static class PipelineCommand
{
    /// <summary>Exit code when the run was not final before the timeout.</summary>
    public const int TimedOut = 2;

    public static Command Create()
    {
        var date = KapmanCli.DateOption("--date", "Session date to process.");
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for a final status.",
            DefaultValueFactory = _ => 600,
        };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--timeout must be at least 1 second.");
            }
        });
        var run = new Command("run", "POST /api/ingestion/pipeline/runs, poll until final, print per-stage results (exit 0 on succeeded/partial).")
        {
            date,
            timeout,
        };
        run.SetAction(async (parse, ct) =>
        {
            var settings = CliSettings.FromEnvironment();
            using var http = Gateway.CreateClient(TimeSpan.FromSeconds(30));
            try
            {
                var result = await PipelineRunner.RunAsync(
                    Gateway.Api(http, settings), parse.GetValue(date), TimeSpan.FromSeconds(parse.GetValue(timeout)), Console.Out, ct);
                return Report(result);
            }
            catch (Exception ex) when (ex is KapmanApiException or HttpRequestException)
            {
                await Console.Error.WriteLineAsync("Pipeline run failed: " + ex.Message);
                return 1;
            }
        });
        var command = new Command("pipeline", "Daily pipeline runs.");
        command.Subcommands.Add(run);
        return command;
    }

    /// <summary>Prints the stage table and status line; returns 0 (succeeded/partial), 1 (failed) or <see cref="TimedOut"/>.</summary>
    public static int Report(PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        AnsiConsole.Write(Tables.Stages(RunSummary.Rows(run)));
        var wall = RunSummary.WallTime(run) is { } time ? " in " + RunSummary.FormatDuration(time) : string.Empty;
        AnsiConsole.MarkupLine($"Run {run.RunId}: [{Tables.StatusColour(run.Status)}]{Markup.Escape(run.Status)}[/]{wall}");
        if (!RunStatus.IsFinal(run))
        {
            AnsiConsole.MarkupLine("[red]Timed out before the run finished.[/]");
            return TimedOut;
        }

        return RunStatus.IsSuccess(run.Status) ? 0 : 1;
    }
}
