using System.CommandLine;
using System.Globalization;
using Kapman.AppHost.Api;
using Kapman.AppHost.Cli;
using Kapman.AppHost.Reporting;

namespace Kapman.AppHost.Commands;

/// <summary><c>kapman backfill --from D --to D</c>: loads daily bars for a date range through the gateway.</summary>
internal static class BackfillCommand
{
    public static Command Create()
    {
        var from = KapmanCli.DateOption("--from", "First session date to load.");
        var to = KapmanCli.DateOption("--to", "Last session date to load.");
        var command = new Command("backfill", "POST /api/ingestion/backfill (in 60-day chunks) and print the totals.") { from, to };
        command.Validators.Add(result =>
        {
            if (result.GetValue(from) > result.GetValue(to))
            {
                result.AddError("--from must not be after --to.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var settings = CliSettings.FromEnvironment();
            using var http = Gateway.CreateClient(TimeSpan.FromMinutes(10));
            try
            {
                var (total, wall) = await BackfillRunner.RunAsync(Gateway.Api(http, settings), parse.GetValue(from), parse.GetValue(to), Console.Out, ct);
                Print(total, wall);
                return 0;
            }
            catch (Exception ex) when (ex is KapmanApiException or HttpRequestException)
            {
                await Console.Error.WriteLineAsync("Backfill failed: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>Prints the summed result of a backfill.</summary>
    public static void Print(BackfillResult total, TimeSpan wall) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Backfill: {total.Sessions} sessions, {total.Missing} missing, {total.Rows:N0} rows, {total.Quarantined:N0} quarantined; server {RunSummary.FormatDuration(TimeSpan.FromMilliseconds(total.DurationMs))}, wall {RunSummary.FormatDuration(wall)}."));
}
