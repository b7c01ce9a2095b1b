using System.Net;
using System.Net.Sockets;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Tests;

/// <summary>A tiny real child for supervision tests: <c>python3 -m http.server</c> on a free loopback port.</summary>
internal static class ChildProcesses
{
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static ProcessSpec HttpServer(string folder, int port) => new(
        "pyhttp",
        Python,
        ["-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1"],
        folder,
        new Dictionary<string, string> { ["PYTHONUNBUFFERED"] = "1" },
        new Uri($"http://127.0.0.1:{port}/"),
        Path.Combine(folder, "logs", "pyhttp.log"),
        Path.Combine(folder, "pyhttp.pid"));

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Condition not met within {timeout.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }
}
