using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kapman.AppHost.Health;

/// <summary>
/// Healthy when a TCP connection to <paramref name="host"/>:<paramref name="port"/> opens within two seconds: the
/// readiness of a server the suite does not run itself (RabbitMQ, the SMTP sink), seen from the AppHost.
/// </summary>
public sealed class TcpPortHealthCheck(string host, int port) : IHealthCheck
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await client.ConnectAsync(host, port, timeout.Token);
            return HealthCheckResult.Healthy($"{host}:{port} accepts connections");
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{host}:{port} does not accept connections: {ex.Message}");
        }
    }
}
