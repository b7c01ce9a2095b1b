using System.Diagnostics;

namespace Kapman.Cli.Suite;

/// <summary>Runs a short-lived command to completion and finds executables.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> with this process's stdout and stderr and returns its exit code.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The executable could not be started.</exception>
    public static async Task<int> RunInheritedAsync(string fileName, IEnumerable<string> arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var info = new ProcessStartInfo(fileName) { UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        await process.WaitForExitAsync(ct);
        return process.ExitCode;
    }

    /// <summary>The absolute path of an executable found on PATH or in the sbin folders, else the bare name.</summary>
    public static string Resolve(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/local/sbin", "/usr/sbin", "/sbin"])
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists) ?? name;
    }

    /// <summary>The <c>dotnet</c> host running this process when it is one, else <c>DOTNET_HOST_PATH</c>, else <c>dotnet</c> from PATH.</summary>
    public static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : Resolve("dotnet");
    }
}
