using System.Diagnostics;

namespace Kapman.Deploy.Tests;

/// <summary>
/// Runs Prometheus's promtool (Debian package <c>prometheus</c>, installed by <c>deploy/setup.sh --test</c>). A missing
/// binary FAILS the test with what to install: the configuration would otherwise go unchecked.
/// </summary>
internal static class Promtool
{
    /// <summary>Runs <c>promtool</c> with <paramref name="arguments"/> from the repository root; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var promtool = new[] { "/usr/bin/promtool", "/usr/local/bin/promtool" }.FirstOrDefault(File.Exists);
        if (promtool is null)
        {
            Assert.Fail("promtool is not installed (Debian: apt-get install -y prometheus, done by deploy/setup.sh --test); it validates deploy/prometheus.yml and its alert rules.");
        }

        var info = new ProcessStartInfo(promtool!) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoFiles.Root };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
