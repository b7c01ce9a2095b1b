using System.Globalization;

namespace Kapman.Benchmarks.Growth;

/// <summary>The 1-minute load average (<c>/proc/loadavg</c>): the machine is shared, so every figure is printed beside it.</summary>
public static class MachineLoad
{
    /// <summary>The 1-minute load average, or NaN where /proc/loadavg does not exist.</summary>
    public static double OneMinute() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;
}
