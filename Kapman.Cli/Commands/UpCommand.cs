using System.CommandLine;
using Kapman.Cli.Cli;
using Kapman.Cli.Reporting;
using Kapman.Cli.Suite;
using Spectre.Console;

namespace Kapman.Cli.Commands;

/// <summary><c>kapman up [--data-root DIR] [--detach]</c>: runs the whole suite under supervision.</summary>
internal static class UpCommand
{
    public static Command Create()
    {
        var dataRoot = KapmanCli.DataRootOption();
        var detach = new Option<bool>("--detach") { Description = "Run in the background; return once every /health is green (stop with `kapman down`)." };
        var command = new Command("up", "Start PostgreSQL/RabbitMQ if needed, the gateway, every service and the web UI; show live status.")
        {
            dataRoot,
            detach,
        };
        command.SetAction((parse, ct) =>
        {
            var settings = CliSettings.FromEnvironment();
            var root = settings.DataRoot(parse.GetValue(dataRoot));
            return parse.GetValue(detach) ? DetachAsync(settings, root, ct) : RunAsync(settings, root, ct);
        });
        return command;
    }

    /// <summary>Starts a background supervisor (unless one runs) and waits for green health; 0 when green.</summary>
    public static async Task<int> DetachAsync(CliSettings settings, string dataRoot, CancellationToken ct)
    {
        using var http = new HttpClient();
        if (SupervisorFiles.RunningPid(settings.RepoRoot) is not { } pid)
        {
            if (!await Infrastructure.EnsureAsync(settings, Console.Out, ct))
            {
                await Console.Error.WriteLineAsync("PostgreSQL or RabbitMQ is still not answering; see deploy/start-infra.sh output above.");
                return 1;
            }

            using var launched = DetachedSuite.Launch(settings, dataRoot, settings.IssueApiKey());
            pid = launched.Id;
            Console.WriteLine($"Started the kapman supervisor in the background (pid {pid}); log: {SuiteLayout.AppHostLogPath(settings.RepoRoot)}");
        }
        else
        {
            Console.WriteLine($"A kapman supervisor is already running (pid {pid}); waiting for it to be healthy.");
        }

        if (!await DetachedSuite.WaitReadyAsync(http, settings, pid, Console.Out, ct))
        {
            return 1;
        }

        AnsiConsole.Write(StatusCollector.Render(await StatusCollector.CollectAsync(http, settings, null, ct)));
        Console.WriteLine($"Suite is up. Dashboard: {SuiteLayout.GatewayUrl} - stop it with: ./kapman.sh down");
        return 0;
    }

    private static async Task<int> RunAsync(CliSettings settings, string dataRoot, CancellationToken ct)
    {
        if (SupervisorFiles.RunningPid(settings.RepoRoot) is { } pid)
        {
            await Console.Error.WriteLineAsync($"A kapman supervisor is already running (pid {pid}); stop it with: ./kapman.sh down");
            return 1;
        }

        var events = new EventLog(Console.Out, TimeProvider.System);
        if (!await Infrastructure.EnsureAsync(settings, events, ct))
        {
            await Console.Error.WriteLineAsync("PostgreSQL or RabbitMQ is still not answering; see deploy/start-infra.sh output above.");
            return 1;
        }

        var smtp = await Infrastructure.SmtpAsync(settings, ct);
        var options = new SuiteOptions(
            settings.RepoRoot, dataRoot, settings.IssueApiKey(), settings.PostgresConnectionString,
            settings.RabbitMqConnectionString, smtp?.Host, smtp?.Port, AppRolePassword: settings.AppRolePassword());
        SupervisorFiles.Claim(settings.RepoRoot, dataRoot);
        try
        {
            using var http = new HttpClient();
            await using var host = new SuiteHost(options, events);
            try
            {
                await host.StartAsync(ct);
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or FileNotFoundException)
            {
                events.WriteLine("Start failed: " + ex.Message);
                return 1;
            }

            SupervisorFiles.MarkReady(settings.RepoRoot);
            events.WriteLine($"Dashboard {SuiteLayout.GatewayUrl}; mutating API calls need X-Api-Key (KAPMAN_API_KEY, else {SuiteLayout.ApiKeyPath(settings.RepoRoot)}).");
            await LiveStatus.RunAsync(http, settings, host, events, ct);
            return 0;
        }
        finally
        {
            SupervisorFiles.Release(settings.RepoRoot);
        }
    }
}
