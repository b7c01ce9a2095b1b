using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Kapman.Benchmarks;

/// <summary>
/// A BenchmarkDotNet clock that reads the calling thread's CPU time (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, Linux),
/// in nanoseconds. With the in-process toolchain the engine and the benchmark share one thread, so an iteration's time is
/// the CPU time one core spent on it. Time the thread waited while other processes held the cores is left out. On a busy
/// shared machine that waiting inflates the wall-clock figures.
/// </summary>
public sealed class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The single instance.</summary>
    public static readonly ThreadCpuClock Instance = new();

    private ThreadCpuClock()
    {
    }

    /// <inheritdoc />
    public string Title => "ThreadCpuTime";

    /// <inheritdoc />
    public bool IsAvailable => OperatingSystem.IsLinux();

    /// <inheritdoc />
    public Frequency Frequency => Frequency.GHz;

    /// <inheritdoc />
    public long GetTimestamp()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: errno " + Marshal.GetLastPInvokeError());
        }

        return time.Seconds * 1_000_000_000L + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
