using System.Globalization;
using Kapman.AppHost.Suite;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Cli;

/// <summary>
/// The running AppHost's records under <c>&lt;repo&gt;/.kapman</c>: its pid (<c>apphost.pid</c>) and the data root it
/// was started with (<c>apphost.data-root</c>), so that <c>down</c>, <c>status</c> and <c>demo</c> find it.
/// </summary>
internal static class SupervisorFiles
{
    /// <summary>The recorded AppHost pid when that process is still alive; a stale record is deleted.</summary>
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

        Release(repoRoot);
        return null;
    }

    /// <summary>Records <paramref name="pid"/> as the running AppHost, started on <paramref name="dataRoot"/>.</summary>
    public static void Claim(string repoRoot, int pid, string dataRoot)
    {
        Directory.CreateDirectory(SuiteLayout.StateDirectory(repoRoot));
        File.WriteAllText(SuiteLayout.AppHostPidPath(repoRoot), pid.ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(SuiteLayout.AppHostDataRootPath(repoRoot), dataRoot);
    }

    /// <summary>Deletes the records of a stopped AppHost.</summary>
    public static void Release(string repoRoot)
    {
        File.Delete(SuiteLayout.AppHostPidPath(repoRoot));
        File.Delete(SuiteLayout.AppHostDataRootPath(repoRoot));
    }

    /// <summary>The data root the running AppHost was started with, or null.</summary>
    public static string? RunningDataRoot(string repoRoot)
    {
        var path = SuiteLayout.AppHostDataRootPath(repoRoot);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }
}
