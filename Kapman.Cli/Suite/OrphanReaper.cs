using System.Diagnostics;
using System.Globalization;

namespace Kapman.Cli.Suite;

/// <summary>
/// Clears a child left behind by an AppHost that died without stopping it. The pid file holds
/// <c>"&lt;child pid&gt; &lt;supervisor pid&gt;"</c> (see <see cref="ServiceProcess"/>); a child whose supervisor is gone
/// and whose command line still contains the expected marker gets SIGTERM, then a kill after 10 s.
/// </summary>
public static class OrphanReaper
{
    /// <summary>
    /// Stops the orphan recorded in <paramref name="pidPath"/>; true when one was found and stopped. A child whose
    /// supervisor is still alive is not an orphan: it and its pid file are left alone.
    /// </summary>
    /// <param name="pidPath">Pid file written by <see cref="ServiceProcess"/>.</param>
    /// <param name="commandLineMarker">Text the orphan's <c>/proc/&lt;pid&gt;/cmdline</c> must contain (guards against pid reuse).</param>
    /// <param name="ct">Cancels the wait.</param>
    public static async Task<bool> ReapAsync(string pidPath, string commandLineMarker, CancellationToken ct)
    {
        if (!File.Exists(pidPath))
        {
            return false;
        }

        var fields = (await File.ReadAllTextAsync(pidPath, ct)).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var pid = fields.Length > 0 ? Parse(fields[0]) : 0;
        var supervisor = fields.Length > 1 ? Parse(fields[1]) : 0;
        if (PosixSignals.IsAlive(supervisor))
        {
            return false;
        }

        File.Delete(pidPath);
        if (!PosixSignals.IsAlive(pid) || !CommandLine(pid).Contains(commandLineMarker, StringComparison.Ordinal))
        {
            return false;
        }

        PosixSignals.Terminate(pid);
        for (var waited = 0; waited < 100 && PosixSignals.IsAlive(pid); waited++)
        {
            await Task.Delay(100, ct);
        }

        if (PosixSignals.IsAlive(pid))
        {
            KillTree(pid);
        }

        return true;
    }

    private static void KillTree(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // The process exited after the last check.
        }
        catch (InvalidOperationException)
        {
            // The process exited after the last check.
        }
    }

    private static int Parse(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string CommandLine(int pid)
    {
        var path = $"/proc/{pid}/cmdline";
        return File.Exists(path) ? File.ReadAllText(path).Replace('\0', ' ') : string.Empty;
    }
}
