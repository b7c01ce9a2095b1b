using System.CommandLine;
using Kapman.Cli.Cli;
using Kapman.Cli.Reporting;
using Spectre.Console;

namespace Kapman.Cli.Commands;

/// <summary><c>kapman status</c>: one status table; exit 0 only when every required resource is green.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Show infrastructure, gateway and service health (services probed through the gateway).");
        command.SetAction(async (_, ct) =>
        {
            var settings = CliSettings.FromEnvironment();
            using var http = new HttpClient();
            var rows = await StatusCollector.CollectAsync(http, settings, ct);
            AnsiConsole.Write(StatusCollector.Render(rows));
            var supervisor = SupervisorFiles.RunningPid(settings.RepoRoot);
            Console.WriteLine(supervisor is { } pid
                ? $"AppHost pid {pid}, data root {SupervisorFiles.RunningDataRoot(settings.RepoRoot)}; dashboard {AppHostProcess.DashboardLogin(settings.RepoRoot)}"
                : "No Kapman AppHost is running.");
            return StatusCollector.AllGreen(rows) ? 0 : 1;
        });
        return command;
    }
}
