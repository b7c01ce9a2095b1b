using System.CommandLine;
using System.Globalization;
using Kapman.Cli.Api;
using Kapman.Cli.Backfill;
using Kapman.Cli.Cli;
using Kapman.Cli.History;
using Kapman.Cli.Reporting;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman backfill --from D --to D [--source local|s3|polygon] [--force]</c>: runs a backfill job in the ingestion
/// service through the gateway and shows its progress; skips sessions already loaded unless <c>--force</c>, and follows
/// the job across a service restart (see <see cref="BackfillDriver"/>). With <c>--with-history</c>, once the bars are loaded
/// it computes the analytical layers (indicators, Wyckoff snapshots and events, the recommendations with their weekly outcome
/// scoring) for every session of the range
/// (<see cref="HistoryDriver"/>), with a progress bar, and prints the wall time.
/// </summary>
internal static class BackfillCommand
{
    /// <summary>How long the ingestion service may stay unreachable (e.g. while the supervisor restarts it) before the command fails.</summary>
    public static readonly TimeSpan RetryBudget = TimeSpan.FromMinutes(3);

    /// <summary>Time between progress polls.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static Command Create()
    {
        var from = KapmanCli.DateOption("--from", "First session date to load.");
        var to = KapmanCli.DateOption("--to", "Last session date to load.");
        var source = new Option<string?>("--source") { Description = "Where the session files come from (default: the service's Kapman:Ingestion:Source).", HelpName = "local|s3|polygon" };
        source.AcceptOnlyFromAmong("local", "s3", "polygon");
        var force = new Option<bool>("--force") { Description = "Reload sessions that are already loaded." };
        var withHistory = new Option<bool>("--with-history") { Description = "Then compute indicators, Wyckoff snapshots and events, and the recommendations with their weekly outcome scoring for every session of the range." };
        var command = new Command("backfill", "Load daily bars for a date range (a job in the ingestion service) with a progress bar; resumable.") { from, to, source, force, withHistory };
        KapmanCli.RequireOrderedRange(command, from, to);
        command.SetAction(async (parse, ct) =>
        {
            var settings = CliSettings.FromEnvironment();
            using var http = Gateway.CreateClient(TimeSpan.FromSeconds(30));
            var driver = new BackfillDriver(new BackfillJobClient(http, settings.ReadApiKey(), RetryBudget), PollInterval);
            var request = Request(parse);
            try
            {
                var outcome = await BackfillProgressView.RunAsync(report => driver.RunAsync(request, report, ct));
                Console.WriteLine(Summary(outcome));
                if (!outcome.Succeeded)
                {
                    return 1;
                }

                return parse.GetValue(withHistory) ? await HistoryAsync(http, settings.ReadApiKey(), request.From, request.To, ct) : 0;
            }
            catch (KapmanApiException ex)
            {
                await Console.Error.WriteLineAsync("Backfill failed: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>
    /// Computes the analytical layers for [<paramref name="from"/>, <paramref name="to"/>] with a progress bar and prints the
    /// summary with the wall time; 0 when every service succeeded, else 1 (also used by <c>kapman demo</c>).
    /// </summary>
    public static async Task<int> HistoryAsync(HttpClient http, string? apiKey, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var driver = new HistoryDriver(new HistoryJobClient(http, apiKey), PollInterval);
        try
        {
            var outcome = await HistoryProgressView.RunAsync(report => driver.RunAsync(from, to, report, ct));
            Console.WriteLine(HistoryProgressView.Summary(outcome));
            return outcome.Succeeded ? 0 : 1;
        }
        catch (KapmanApiException ex)
        {
            await Console.Error.WriteLineAsync("History failed: " + ex.Message);
            return 1;
        }
    }

    /// <summary>The job request a parsed <c>kapman backfill</c> command line asks for.</summary>
    /// <param name="parse">A parse of <c>backfill --from D --to D [--source S] [--force]</c> without errors.</param>
    public static BackfillJobRequest Request(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new BackfillJobRequest(parse.GetValue<DateOnly>("--from"), parse.GetValue<DateOnly>("--to"), parse.GetValue<string?>("--source"), parse.GetValue<bool>("--force"));
    }

    /// <summary>The closing line: totals, wall time, and the failing session with its reason when it did not complete.</summary>
    public static string Summary(BackfillOutcome outcome)
    {
        var t = outcome.Totals;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Backfill: {t.SessionsDone}/{t.SessionsTotal} sessions ({t.Skipped} already loaded, {t.Missing} missing, {t.Rejected} rejected), {t.Rows:N0} rows, {t.Quarantined:N0} quarantined in {RunSummary.FormatDuration(outcome.WallTime)}");
        return outcome.Succeeded
            ? text + "."
            : text + string.Create(CultureInfo.InvariantCulture, $"; FAILED at {outcome.FailedAt:yyyy-MM-dd}: {outcome.Error}. Run the same command again to resume.");
    }

    /// <summary>Prints the summed result of a synchronous backfill (used by <c>kapman demo</c>).</summary>
    public static void Print(BackfillResult total, TimeSpan wall) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Backfill: {total.Sessions} sessions, {total.Missing} missing, {total.Rows:N0} rows, {total.Quarantined:N0} quarantined; server {RunSummary.FormatDuration(TimeSpan.FromMilliseconds(total.DurationMs))}, wall {RunSummary.FormatDuration(wall)}."));
}
