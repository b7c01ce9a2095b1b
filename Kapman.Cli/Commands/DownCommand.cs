using System.CommandLine;
using Kapman.Cli.Cli;

namespace Kapman.Cli.Commands;

/// <summary><c>kapman down</c>: stops the running AppHost, which stops every resource it started.</summary>
internal static class DownCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("down", "Stop the Kapman AppHost started by `up` (SIGTERM; DCP stops the gateway, the services and the web).");
        command.SetAction(async (_, ct) =>
        {
            await AppHostProcess.StopAsync(CliSettings.FromEnvironment().RepoRoot, Console.Out, ct);
            return 0;
        });
        return command;
    }
}
