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
        var port = BuiltProcess.FreePort();
        var apiKey = RandomNumberGenerator.GetHexString(32);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["KAPMAN_API_KEY"] = apiKey,
            ["KAPMAN_GATEWAY_TOKEN"] = RandomNumberGenerator.GetHexString(32),
            ["KAPMAN_GATEWAY_BIND"] = $"127.0.0.1:{port}",
        };
        foreach (var cluster in Clusters)
        {
            environment[$"KAPMAN_{cluster.ToUpperInvariant()}_ADDR"] = backend;
        }

        // The gateway's JSON logs are not needed here; BuiltProcess drains them.
        var process = BuiltProcess.Start(BuiltProcess.Dll("gateway/Kapman.Gateway", "Kapman.Gateway"), environment);
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
    public void Dispose() => BuiltProcess.Stop(process);

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
