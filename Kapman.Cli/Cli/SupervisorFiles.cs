using System.Globalization;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Cli;

/// <summary>The running supervisor's pid file (<c>.kapman/apphost.pid</c>) and data-root note.</summary>
internal static class SupervisorFiles
{
    /// <summary>Pid of a live <c>kapman up</c> supervisor, or null (a stale pid file is removed).</summary>
    public static int? RunningPid(string repoRoot)
    {
        var path = SuiteLayout.AppHostPidPath(repoRoot);
        if (!File.Exists(path))
        {
            return null;
        }

        if (int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && pid != Environment.ProcessId && PosixSignals.IsAlive(pid))
        {
            return pid;
        }

        File.Delete(path);
        return null;
    }

    /// <summary>Records this process as the supervisor of a suite using <paramref name="dataRoot"/>.</summary>
    public static void Claim(string repoRoot, string dataRoot)
    {
        Directory.CreateDirectory(SuiteLayout.StateDirectory(repoRoot));
        File.WriteAllText(SuiteLayout.AppHostPidPath(repoRoot), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(SuiteLayout.AppHostDataRootPath(repoRoot), dataRoot);
    }

    /// <summary>Records that this supervisor's suite is healthy (<c>.kapman/apphost.ready</c> holds its pid).</summary>
    public static void MarkReady(string repoRoot) =>
        File.WriteAllText(ReadyPath(repoRoot), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether the supervisor <paramref name="pid"/> has marked its suite healthy.</summary>
    public static bool IsReady(string repoRoot, int pid)
    {
        var path = ReadyPath(repoRoot);
        return File.Exists(path) && File.ReadAllText(path).Trim() == pid.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Removes the pid, ready and data-root files if they still name this process.</summary>
    public static void Release(string repoRoot)
    {
        var path = SuiteLayout.AppHostPidPath(repoRoot);
        if (File.Exists(path) && File.ReadAllText(path).Trim() == Environment.ProcessId.ToString(CultureInfo.InvariantCulture))
        {
            File.Delete(path);
            File.Delete(ReadyPath(repoRoot));
            File.Delete(SuiteLayout.AppHostDataRootPath(repoRoot));
        }
    }

    private static string ReadyPath(string repoRoot) => Path.Combine(SuiteLayout.StateDirectory(repoRoot), "apphost.ready");

    /// <summary>Data root the running supervisor was started with, if recorded.</summary>
    public static string? RunningDataRoot(string repoRoot)
    {
        var path = SuiteLayout.AppHostDataRootPath(repoRoot);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }
}
