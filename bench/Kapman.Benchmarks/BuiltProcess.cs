using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kapman.Benchmarks;

/// <summary>
/// A built project of this repository run as its own process, as in production: its DLL under
/// <c>&lt;project&gt;/bin/&lt;configuration of this bench&gt;/net10.0/</c>, started with <c>dotnet</c>, its output drained (a full
/// pipe would block it), and killed by its PID.
/// </summary>
internal static class BuiltProcess
{
    /// <summary>The DLL of <paramref name="projectDirectory"/> (relative to the repository root), named <paramref name="assembly"/>.dll.</summary>
    /// <exception cref="FileNotFoundException">The project is not built in this bench's configuration.</exception>
    public static string Dll(string projectDirectory, string assembly)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kapman.sln")))
        {
            dir = dir.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(dir?.FullName ?? ".", projectDirectory, "bin", configuration, "net10.0", assembly + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {projectDirectory} first.", dll);
    }

    /// <summary>Starts <paramref name="dll"/> with <paramref name="environment"/> added to this process's environment.</summary>
    public static Process Start(string dll, IEnumerable<KeyValuePair<string, string>> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Kills <paramref name="process"/> if it still runs (5 s for it to go) and releases it.</summary>
    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process.Dispose();
    }

    /// <summary>A loopback TCP port free at the moment of the call.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
