using System.CommandLine;
using Kapman.Cli.Cli;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Commands;

/// <summary><c>kapman down</c>: stops the running supervisor (and with it every child).</summary>
internal static class DownCommand
{
    public static Command Create()
    {
        var command = new Command("down", "Stop the kapman supervisor started by `up` (SIGTERM, then wait) and any children it left behind.");
        command.SetAction(async (_, ct) =>
        {
            var repo = CliSettings.FromEnvironment().RepoRoot;
            await DetachedSuite.StopAsync(repo, Console.Out, ct);
            await SuiteHost.ReapOrphansAsync(repo, Console.Out, ct);
            return 0;
        });
        return command;
    }
}
