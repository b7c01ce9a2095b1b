using System.Globalization;
using Kapman.Cli.Api;
using Kapman.Cli.Reporting;
using Kapman.AppHost.Suite;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Kapman.Cli.Cli;

/// <summary>Prints the demo's closing summary from the suite's APIs; a section whose API fails says so and the rest still print.</summary>
internal static class DemoSummary
{
    /// <summary>Writes every section for <paramref name="run"/>'s session to the console.</summary>
    public static async Task PrintAsync(KapmanApi api, PipelineRun run, BackfillResult backfill, TimeSpan backfillWall, string repoRoot, CancellationToken ct)
    {
        var session = run.SessionDate;
        AnsiConsole.Write(new Rule($"[bold]Kapman demo summary for {session:yyyy-MM-dd}[/]").LeftJustified());
        await SectionAsync("Ingestion", async () =>
        {
            var report = await api.GetSessionReportAsync(session, ct);
            var reasons = report.QuarantinedByReason is { Count: > 0 } byReason
                ? " (" + string.Join(", ", byReason.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}")) + ")"
                : string.Empty;
            return Text(string.Create(CultureInfo.InvariantCulture,
                $"{report.Rows:N0} rows loaded for {report.Tickers:N0} tickers; {report.Quarantined:N0} quarantined{reasons}."));
        }, ct);
        await SectionAsync("Indicators", async () =>
            Text($"{(await api.CountIndicatorsAsync(session, ct)).ToString("N0", CultureInfo.InvariantCulture)} tickers with indicators."), ct);
        await SectionAsync("Option chains", async () =>
        {
            var coverage = await api.GetChainCoverageAsync(session, ct);
            var stored = coverage.Where(c => c.Status == "STORED").ToList();
            var missing = coverage.Where(c => c.Status != "STORED").ToList();
            var storedList = string.Join(", ", stored.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Underlying} {c.Contracts:N0}")));
            var missingList = DemoReport.Abbreviate([.. missing.Select(c => c.Underlying)], 8);
            return Text($"{stored.Count} chains stored ({storedList}); {missing.Count} wanted underlyings without one ({missingList}): " +
                "no snapshot file and no POLYGON_API_KEY, or see GET /api/options/chains/coverage.");
        }, ct);
        await SectionAsync("Wyckoff alerts", async () =>
        {
            var alerts = await api.GetAlertsAsync(session, ct);
            return alerts.Count == 0
                ? Text("No alerts.")
                : Tables.Plain(["ticker", "kind", "score"], alerts.OrderBy(a => a.Kind, StringComparer.Ordinal).ThenByDescending(a => a.Score)
                    .Select(a => (IReadOnlyList<string>)[a.Ticker, a.Kind, a.Score.ToString("0.##", CultureInfo.InvariantCulture)]));
        }, ct);
        await SectionAsync("Recommendations", async () =>
        {
            var all = await api.GetRecommendationsAsync(session, ct);
            var underlyingOnly = (await api.GetUnderlyingOnlyCallsAsync(session, ct)).Count;
            var issued = DemoReport.IssuedOnly(all);
            var groups = DemoReport.GroupNoTrade(all);
            IRenderable issuedView = issued.Count == 0
                ? Text("No recommendation was issued.")
                : Tables.Plain(DemoReport.IssuedHeaders, issued.Select(DemoReport.IssuedRow));
            IRenderable noTradeView = groups.Count == 0
                ? Text("No NO_TRADE decisions.")
                : Tables.Plain(["no-trade reason", "tickers", "which"], groups.Select(g =>
                    (IReadOnlyList<string>)[g.Reason, g.Count.ToString(CultureInfo.InvariantCulture), DemoReport.Abbreviate(g.Tickers, 8)]));
            return new Rows(
                Text($"{issued.Count} issued, {groups.Sum(g => g.Count)} no trade; {underlyingOnly} underlying-only calls (no chain stored: scored, never tradable)."),
                issuedView, noTradeView);
        }, ct);
        await SectionAsync("Notifications", async () =>
        {
            var (byStatus, fresh) = DemoReport.CountForSession(await api.GetMessagesAsync(500, ct), run.SessionDate, run.CreatedAt);
            return Text(byStatus.Count == 0
                ? $"No messages for {run.SessionDate:yyyy-MM-dd}."
                : string.Join(", ", byStatus.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}")) +
                  $" for {run.SessionDate:yyyy-MM-dd}, {fresh} of them by this run (each alert and summary goes out once per session; SENT = emailed, LOGGED = no SMTP configured).");
        }, ct);
        AnsiConsole.Write(new Rule("[bold]Wall time[/]").LeftJustified());
        AnsiConsole.Write(Tables.Stages(RunSummary.Rows(run)));
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Pipeline: {(RunSummary.WallTime(run) is { } wall ? RunSummary.FormatDuration(wall) : "unfinished")}; backfill: {RunSummary.FormatDuration(backfillWall)} ({backfill.Sessions} sessions, {backfill.Rows:N0} rows)."));
        AnsiConsole.MarkupLine($"Web UI: [link]{SuiteLayout.GatewayUrl}[/]");
        AnsiConsole.MarkupLine($"Aspire dashboard: [link]{Markup.Escape(AppHostProcess.DashboardLogin(repoRoot).ToString())}[/]");
        AnsiConsole.WriteLine("The suite keeps running; stop it with: ./kapman.sh down");
    }

    private static async Task SectionAsync(string title, Func<Task<IRenderable>> body, CancellationToken ct)
    {
        AnsiConsole.Write(new Rule(Markup.Escape(title)).LeftJustified());
        try
        {
            AnsiConsole.Write(await body());
        }
        catch (Exception ex) when (ex is KapmanApiException or HttpRequestException or System.Text.Json.JsonException
                                   || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            AnsiConsole.MarkupLine($"[red]unavailable:[/] {Markup.Escape(ex.Message)}");
        }

        AnsiConsole.WriteLine();
    }

    private static Markup Text(string text) => new(Markup.Escape(text));
}
