using System.CommandLine;
using Kapman.Cli.Bench;
using Kapman.Cli.Reporting;
using Kapman.AppHost.Suite;
using Spectre.Console;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman bench pages [--base-url URL] [--requests N] [--warm-up N] [--delay-ms MS]</c>: times every web page and
/// chart data endpoint through the gateway of a running suite (see <see cref="PageBenchmark"/>) and prints p50/p95/max
/// and the response size per page. Exit 1 when the suite is unreachable or any timed request did not answer 200.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var baseUrl = new Option<Uri>("--base-url")
        {
            Description = "Gateway URL the pages are requested through.",
            DefaultValueFactory = _ => SuiteLayout.GatewayUrl,
        };
        var requests = new Option<int>("--requests") { Description = "Timed requests per page.", DefaultValueFactory = _ => 50 };
        var warmUp = new Option<int>("--warm-up") { Description = "Untimed requests per page first.", DefaultValueFactory = _ => 5 };
        var delayMs = new Option<int>("--delay-ms")
        {
            Description = "Pause after each request in ms (keeps the bench and the web's own API calls under the gateway rate limit).",
            DefaultValueFactory = _ => 0,
        };
        AtLeast(requests, 1);
        AtLeast(warmUp, 0);
        AtLeast(delayMs, 0);
        var pages = new Command("pages", "Time each web page and chart data endpoint through the gateway: p50/p95/max and size.")
        {
            baseUrl, requests, warmUp, delayMs,
        };
        pages.SetAction(async (parse, ct) =>
        {
            using var http = new HttpClient { BaseAddress = parse.GetValue(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
            var bench = new PageBenchmark(http, parse.GetValue(warmUp), parse.GetValue(requests), TimeSpan.FromMilliseconds(parse.GetValue(delayMs)));
            try
            {
                var targets = await bench.DiscoverAsync(ct);
                Console.WriteLine($"Timing {targets.Count} pages through {http.BaseAddress}: {parse.GetValue(warmUp)} warm-up + {parse.GetValue(requests)} timed requests each.");
                var results = await bench.RunAsync(targets, t => Console.WriteLine($"  {t.Page.Path}: p95 {BenchReport.Row(t)[5]} ms"), ct);
                AnsiConsole.Write(Tables.Plain(BenchReport.Headers, results.Select(BenchReport.Row)));
                Console.WriteLine(results.Any(r => r.Source == TimeSource.Client)
                    ? "clock: client = stopwatch in this process, request sent to last body byte (no Server-Timing header), includes the gateway hop."
                    : "clock: server = the response's Server-Timing duration.");
                if (bench.RateLimited > 0)
                {
                    Console.WriteLine($"{bench.RateLimited} requests got 429 from the gateway; rerun with --delay-ms or a higher KAPMAN_RATE_LIMIT.");
                }

                return results.All(r => r.Failures == 0 && r.Count > 0) ? 0 : 1;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync($"bench pages: {http.BaseAddress} unreachable: {ex.Message}");
                return 1;
            }
        });
        var command = new Command("bench", "Benchmarks against a running suite.");
        command.Subcommands.Add(pages);
        return command;
    }

    /// <summary>
    /// Rejects a value below <paramref name="minimum"/>, validated on the option itself (as <c>pipeline run --timeout</c>):
    /// a command-level validator read 0 for an omitted option and rejected a plain <c>bench pages</c>.
    /// </summary>
    private static void AtLeast(Option<int> option, int minimum) => option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<int>() < minimum)
        {
            result.AddError($"{option.Name} must be at least {minimum}.");
        }
    });
}
