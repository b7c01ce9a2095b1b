using System.CommandLine;
using Kapman.AppHost.Suite;
using Kapman.Cli.Cli;
using Kapman.Cli.Reporting;
using Spectre.Console;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman up [--data-root DIR] [--detach] [--replicas metrics=2,options=2,wyckoff=2]</c>: starts the Aspire AppHost and waits until the suite is
/// healthy.
/// </summary>
internal static class UpCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dataRoot = KapmanCli.DataRootOption();
        var detach = new Option<bool>("--detach") { Description = "Return once every /health is green; the suite keeps running (stop it with `kapman down`)." };
        var replicas = new Option<string?>("--replicas")
        {
            Description = $"Processes of the sharded stages (metrics, options, wyckoff), e.g. metrics=2,options=2,wyckoff=2 (each 1..{StageReplicas.Max}; default 1): they share each session's ticker shards.",
        };
        replicas.Validators.Add(result =>
        {
            if (StageReplicas.Parse(result.GetValueOrDefault<string?>()).Error is { } error)
            {
                result.AddError(error);
            }
        });
        var command = new Command("up", "Start PostgreSQL/RabbitMQ if needed, then the Aspire AppHost (dashboard, gateway, every service, web UI); show live status.")
        {
            dataRoot,
            detach,
            replicas,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = CliSettings.FromEnvironment();
            var root = settings.DataRoot(parse.GetValue(dataRoot));
            var stageReplicas = StageReplicas.Parse(parse.GetValue(replicas)).Counts!;
            var exitCode = await DetachAsync(settings, root, ct, stageReplicas);
            return exitCode != 0 || parse.GetValue(detach) ? exitCode : await WatchAsync(settings, ct);
        });
        return command;
    }

    /// <summary>
    /// Starts the AppHost in the background unless one runs already, and waits until the suite is healthy; prints the
    /// status table and the dashboard's login link. Returns 0 when healthy, 1 otherwise. <paramref name="replicas"/> (processes per
    /// sharded stage) applies to an AppHost this call starts; one already running keeps its own.
    /// </summary>
    public static async Task<int> DetachAsync(CliSettings settings, string dataRoot, CancellationToken ct, IReadOnlyDictionary<string, int>? replicas = null)
    {
        using var http = new HttpClient();
        if (SupervisorFiles.RunningPid(settings.RepoRoot) is not { } pid)
        {
            if (!await Infrastructure.EnsureAsync(settings, Console.Out, ct))
            {
                await Console.Error.WriteLineAsync("PostgreSQL or RabbitMQ is still not answering; see deploy/start-infra.sh output above.");
                return 1;
            }

            try
            {
                using var launched = AppHostProcess.Launch(
                    settings, dataRoot, settings.IssueApiKey(), StageReplicas.Environment(replicas ?? new Dictionary<string, int>()));
                pid = launched.Id;
            }
            catch (FileNotFoundException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }

            Console.WriteLine($"Started the Kapman AppHost in the background (pid {pid}); log: {SuiteLayout.AppHostLogPath(settings.RepoRoot)}");
        }
        else
        {
            Console.WriteLine($"A Kapman AppHost is already running (pid {pid}); waiting for it to be healthy.");
        }

        if (!await AppHostProcess.WaitReadyAsync(http, settings, pid, Console.Out, ct))
        {
            return 1;
        }

        AnsiConsole.Write(StatusCollector.Render(await StatusCollector.CollectAsync(http, settings, ct)));
        Console.WriteLine($"Suite is up: {SuiteLayout.GatewayUrl} (web UI and API gateway).");
        Console.WriteLine($"Aspire dashboard (resources, logs, traces, metrics): {AppHostProcess.DashboardLogin(settings.RepoRoot)}");
        Console.WriteLine("Stop it with: ./kapman.sh down");
        return 0;
    }

    private static async Task<int> WatchAsync(CliSettings settings, CancellationToken ct)
    {
        using var http = new HttpClient();
        await LiveStatus.RunAsync(http, settings, ct);
        // Ctrl+C cancelled the watch: stop what this command started.
        await AppHostProcess.StopAsync(settings.RepoRoot, Console.Out, CancellationToken.None);
        return 0;
    }
}
