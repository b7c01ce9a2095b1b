using System.Net;
using System.Net.Sockets;

namespace Kapman.Gateway.Tests;

/// <summary>Picks loopback TCP ports that are free right now (the OS hands out an unused ephemeral port).</summary>
public static class FreePort
{
    /// <summary>A port on 127.0.0.1 that nothing listens on at the time of the call.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
