using System.Runtime.InteropServices;

namespace Kapman.Cli.Suite;

/// <summary>Sends POSIX signals (libc <c>kill(2)</c>) and checks whether a pid is alive.</summary>
public static partial class PosixSignals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM to <paramref name="pid"/>; false when no such process (or not permitted).</summary>
    public static bool Terminate(int pid) => pid > 0 && Kill(pid, SigTerm) == 0;

    /// <summary>Whether a process with <paramref name="pid"/> exists and has not been reaped (signal 0).</summary>
    public static bool IsAlive(int pid)
    {
        if (pid <= 0 || Kill(pid, 0) != 0)
        {
            return false;
        }

        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return true;
        }

        var text = File.ReadAllText(stat);
        var afterName = text.LastIndexOf(')');
        return afterName < 0 || afterName + 2 >= text.Length || text[afterName + 2] != 'Z';
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
