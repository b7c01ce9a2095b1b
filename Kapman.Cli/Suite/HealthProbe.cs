using System.Globalization;
using System.Net.Sockets;

namespace Kapman.Cli.Suite;

/// <summary>HTTP and TCP readiness probes against loopback endpoints.</summary>
public static class HealthProbe
{
    /// <summary>The <see cref="ProbeResult.Detail"/> when nothing listens on the port.</summary>
    public const string ConnectionRefused = "connection refused";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>GETs <paramref name="url"/> with a 3 s timeout; healthy only on 200. Never throws except on caller cancellation.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static async Task<ProbeResult> GetAsync(HttpClient http, Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return new ProbeResult(code == 200, code.ToString(CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ProbeResult(false, "timeout");
        }
        catch (HttpRequestException ex)
        {
            return new ProbeResult(false, ex.InnerException is SocketException socket ? Describe(socket) : ex.Message);
        }
    }

    /// <summary>Whether a TCP connection to <paramref name="host"/>:<paramref name="port"/> opens within 1 s.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static async Task<bool> IsTcpOpenAsync(string host, int port, CancellationToken ct)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(host, port, timeout.Token);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Describe(SocketException socket) => socket.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => ConnectionRefused,
        SocketError.TimedOut => "timeout",
        _ => socket.SocketErrorCode.ToString(),
    };
}
