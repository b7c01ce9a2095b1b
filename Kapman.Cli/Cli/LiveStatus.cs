using Kapman.AppHost.Suite;
using Kapman.Cli.Reporting;
using Spectre.Console;

namespace Kapman.Cli.Cli;

/// <summary>Shows the suite's status until cancelled: a live table refreshed every 2 s, or a single table when output is redirected.</summary>
internal static class LiveStatus
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(2);

    /// <summary>Returns normally when <paramref name="ct"/> is cancelled (Ctrl+C / SIGTERM).</summary>
    public static async Task RunAsync(HttpClient http, CliSettings settings, CancellationToken ct)
    {
        var footer = new Markup(
            $"Web UI [link]{SuiteLayout.GatewayUrl}[/] - Aspire dashboard [link]{Markup.Escape(AppHostProcess.DashboardLogin(settings.RepoRoot).ToString())}[/] - Ctrl+C stops everything.");
        try
        {
            var rows = await StatusCollector.CollectAsync(http, settings, ct);
            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Write(StatusCollector.Render(rows));
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                return;
            }

            await AnsiConsole.Live(new Rows(StatusCollector.Render(rows), footer))
                .Overflow(VerticalOverflow.Ellipsis)
                .Cropping(VerticalOverflowCropping.Bottom)
                .StartAsync(async context =>
                {
                    while (true)
                    {
                        await Task.Delay(Refresh, ct);
                        rows = await StatusCollector.CollectAsync(http, settings, ct);
                        context.UpdateTarget(new Rows(StatusCollector.Render(rows), footer));
                    }
                });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Stopping the suite...");
        }
    }
}
