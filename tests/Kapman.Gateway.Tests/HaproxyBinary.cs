namespace Kapman.Gateway.Tests;

/// <summary>Finds the haproxy executable; a missing one fails the test run loudly instead of skipping.</summary>
public static class HaproxyBinary
{
    /// <summary>Full path of haproxy from PATH (or /usr/sbin, /usr/local/sbin); fails the test when absent.</summary>
    public static string Path()
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/usr/local/sbin"]);
        var found = dirs.Select(dir => System.IO.Path.Combine(dir, "haproxy")).FirstOrDefault(File.Exists);
        if (found is null)
        {
            Assert.Fail("haproxy is not installed (Debian: apt-get install -y haproxy). The gateway tests need HAProxy 2.6+ on PATH.");
        }

        return found!;
    }
}
