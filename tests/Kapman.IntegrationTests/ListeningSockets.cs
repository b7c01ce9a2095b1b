using System.Globalization;

namespace Kapman.IntegrationTests;

/// <summary>Finds which process listens on a loopback TCP port, from <c>/proc/net/tcp</c> and each process's open sockets.</summary>
internal static class ListeningSockets
{
    private const string ListenState = "0A";

    /// <summary>The pid owning the IPv4 socket listening on <paramref name="port"/>, or null.</summary>
    public static int? OwnerOf(int port)
    {
        var inode = File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == ListenState && int.Parse(f[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
            .Select(f => f[9])
            .FirstOrDefault();
        if (inode is null)
        {
            return null;
        }

        var target = $"socket:[{inode}]";
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                if (Directory.EnumerateFiles(Path.Combine(dir, "fd")).Any(fd => new FileInfo(fd).LinkTarget == target))
                {
                    return pid;
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or DirectoryNotFoundException or IOException)
            {
                // A process that ended or that we may not inspect.
            }
        }

        return null;
    }
}
