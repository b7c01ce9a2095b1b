using System.Net.Sockets;

namespace Kapman.ServiceDefaults.Tests.Data;

/// <summary>
/// A PostgreSQL socket that appears late: listens on <c>&lt;dir&gt;/.s.PGSQL.5432</c> once started and pipes each
/// connection to the real server's socket, so a client pointed at <c>dir</c> meets "no such socket" until then.
/// Peer authentication still holds: the server sees this process (the test's user) at the other end.
/// </summary>
internal sealed class UnixSocketRelay : IAsyncDisposable
{
    private readonly Socket listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly CancellationTokenSource stop = new();
    private readonly string target;

    private UnixSocketRelay(string directory, string target)
    {
        this.target = target;
        listener.Bind(new UnixDomainSocketEndPoint(Path.Combine(directory, ".s.PGSQL.5432")));
        listener.Listen();
        _ = AcceptAsync();
    }

    /// <summary>Starts relaying <paramref name="directory"/>'s socket to <paramref name="target"/> (a socket file's path).</summary>
    public static UnixSocketRelay Start(string directory, string target) => new(directory, target);

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stop.Token);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }

            _ = PipeAsync(client);
        }
    }

    private async Task PipeAsync(Socket client)
    {
        using var server = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await server.ConnectAsync(new UnixDomainSocketEndPoint(target), stop.Token);
        await using var clientStream = new NetworkStream(client, ownsSocket: true);
        await using var serverStream = new NetworkStream(server, ownsSocket: false);
        try
        {
            await Task.WhenAny(clientStream.CopyToAsync(serverStream, stop.Token), serverStream.CopyToAsync(clientStream, stop.Token));
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // Disposed mid-copy: the connection ends with the relay.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Dispose();
        stop.Dispose();
    }
}
