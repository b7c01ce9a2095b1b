using System.Diagnostics;

namespace Kapman.IntegrationTests;

/// <summary>Sends SIGTERM to a process with <c>kill -TERM</c> (.NET's Process.Kill sends SIGKILL).</summary>
internal static class PosixSignal
{
    /// <summary>True when <c>kill</c> delivered the signal.</summary>
    public static bool Terminate(int pid)
    {
        using var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode == 0;
    }
}
