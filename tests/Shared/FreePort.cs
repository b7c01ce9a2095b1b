using System.Net;
using System.Net.Sockets;

namespace Kapman.Testing;

/// <summary>Picks a loopback TCP port nothing listens on (a server to start on, or an address where nothing answers); linked into every test project.</summary>
internal static class FreePort
{
    /// <summary>A port on 127.0.0.1 that is free at the time of the call.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
