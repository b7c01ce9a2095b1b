using Kapman.Cli.Reporting;
using Kapman.Cli.Suite;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Kapman.Cli.Cli;

/// <summary>Shows the suite's status until cancelled: a live table refreshed every 2 s, or a single table when output is redirected.</summary>
internal static class LiveStatus
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(2);

    /// <summary>Returns normally when <paramref name="ct"/> is cancelled (Ctrl+C / SIGTERM).</summary>
    public static async Task RunAsync(HttpClient http, CliSettings settings, SuiteHost host, EventLog events, CancellationToken ct)
    {
        try
        {
            var rows = await StatusCollector.CollectAsync(http, settings, host, ct);
            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Write(StatusCollector.Render(rows));
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                return;
            }

            events.Echo = false;
            await AnsiConsole.Live(View(rows, events))
                .Overflow(VerticalOverflow.Ellipsis)
                .Cropping(VerticalOverflowCropping.Bottom)
                .StartAsync(async context =>
                {
                    while (true)
                    {
                        await Task.Delay(Refresh, ct);
                        rows = await StatusCollector.CollectAsync(http, settings, host, ct);
                        context.UpdateTarget(View(rows, events));
                    }
                });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            events.Echo = true;
            events.WriteLine("Stopping the suite...");
        }
    }

    private static Rows View(IReadOnlyList<StatusRow> rows, EventLog events)
    {
        var recent = events.Recent.Select(line => (IRenderable)new Markup("[grey]" + Markup.Escape(line) + "[/]"));
        return new Rows(
            [
                StatusCollector.Render(rows),
                .. recent,
                new Markup($"Dashboard [link]{SuiteLayout.GatewayUrl}[/] - Ctrl+C stops everything."),
            ]);
    }
}
