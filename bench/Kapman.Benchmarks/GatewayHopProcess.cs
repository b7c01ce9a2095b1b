using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Kapman.Benchmarks;

/// <summary>
/// The built gateway (<c>gateway/Kapman.Gateway/bin/&lt;configuration&gt;/net10.0/Kapman.Gateway.dll</c>) run as a
/// process, as in production, with every cluster pointed at one backend address; killed by its PID on dispose.
/// </summary>
public sealed class GatewayHopProcess : IDisposable
{
    private static readonly string[] Clusters = ["web", "ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification"];
    private readonly Process process;

    private GatewayHopProcess(Process process, int port, string apiKey)
    {
        this.process = process;
        Url = new Uri($"http://127.0.0.1:{port}");
        ApiKey = apiKey;
    }

    /// <summary>The gateway's base address.</summary>
    public Uri Url { get; }

    /// <summary>The random API key this instance was started with.</summary>
    public string ApiKey { get; }

    /// <summary>Starts the gateway in front of <paramref name="backend"/> (<c>host:port</c>) and waits until it listens.</summary>
    /// <exception cref="FileNotFoundException">The gateway is not built.</exception>
    /// <exception cref="InvalidOperationException">It exited or did not listen within 30 s.</exception>
    public static async Task<GatewayHopProcess> StartAsync(string backend)
    {
        var dll = GatewayDll();
        var port = FreePort();
        var apiKey = RandomNumberGenerator.GetHexString(32);
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        info.Environment["KAPMAN_API_KEY"] = apiKey;
        info.Environment["KAPMAN_GATEWAY_TOKEN"] = RandomNumberGenerator.GetHexString(32);
        info.Environment["KAPMAN_GATEWAY_BIND"] = $"127.0.0.1:{port}";
        foreach (var cluster in Clusters)
        {
            info.Environment[$"KAPMAN_{cluster.ToUpperInvariant()}_ADDR"] = backend;
        }

        var process = Process.Start(info)!;
        // The JSON logs are not needed, but the pipes must be drained or the gateway blocks on a full one.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new GatewayHopProcess(process, port, apiKey);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the gateway exited at startup with code {process.ExitCode}");
            }

            if (await AcceptsAsync(port))
            {
                return started;
            }
        }

        started.Dispose();
        throw new InvalidOperationException("the gateway did not listen within 30 s");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process.Dispose();
    }

    private static string GatewayDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kapman.sln")))
        {
            dir = dir.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(dir?.FullName ?? ".", "gateway", "Kapman.Gateway", "bin", configuration, "net10.0", "Kapman.Gateway.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build gateway/Kapman.Gateway first.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
