using System.Net;
using System.Net.Sockets;

namespace Kapman.Testing;

/// <summary>
/// A local HTTP server for tests that stand in for a remote API: an <see cref="HttpListener"/> on a free loopback port
/// that hands each request to a handler, one at a time, until disposed.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    /// <summary>Starts listening; <paramref name="handle"/> answers each request (and closes its response).</summary>
    public LoopbackHttpServer(Func<HttpListenerContext, Task> handle)
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }

        listener.Prefixes.Add(BaseUrl.ToString());
        listener.Start();
        loop = Task.Run(() => ServeAsync(handle));
    }

    /// <summary>The server's address, ending in a slash.</summary>
    public Uri BaseUrl { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        await loop;
        listener.Close();
    }

    private async Task ServeAsync(Func<HttpListenerContext, Task> handle)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            // A Stop between the IsListening check and the call throws InvalidOperationException ("call the Start() method"): the
            // server is being disposed, so the loop ends like any other stop.
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await handle(context);
            }
            // A handler still answering when the server is disposed (a client that gave up, a test that ended) finds its response
            // closed with the listener: the server is stopping, so the loop ends. A handler failing while the server listens fails.
            catch (Exception ex) when ((ex is HttpListenerException or ObjectDisposedException) && !listener.IsListening)
            {
                return;
            }
        }
    }
}
