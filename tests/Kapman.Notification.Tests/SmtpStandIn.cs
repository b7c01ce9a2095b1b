using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kapman.Notification.Tests;

/// <summary>
/// A minimal SMTP server on a free loopback port that counts and keeps the mails it is given (each DATA transaction). When
/// <c>silentAfterData</c> is set it never answers the end of the data, like a server that hangs.
/// </summary>
internal sealed class SmtpStandIn : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly bool silentAfterData;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> messages = new();
    private int mails;

    public SmtpStandIn(bool silentAfterData)
    {
        this.silentAfterData = silentAfterData;
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    /// <summary>The port it listens on.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Mails whose data were received in full.</summary>
    public int Mails => Volatile.Read(ref mails);

    /// <summary>Each mail's data as received (RFC 5321 §4.5.2 dot-stuffing undone), lines joined by CRLF.</summary>
    public IReadOnlyList<string> Messages => [.. messages];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await loop;
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                sessions.Add(ServeAsync(await listener.AcceptTcpClientAsync(stop.Token)));
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                break;
            }
        }

        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 stand-in ESMTP");
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 go ahead");
                    var mail = new StringBuilder();
                    while (await reader.ReadLineAsync(stop.Token) is { } data && data != ".")
                    {
                        mail.Append(data.StartsWith("..", StringComparison.Ordinal) ? data[1..] : data).Append("\r\n");
                    }

                    messages.Enqueue(mail.ToString());
                    Interlocked.Increment(ref mails);
                    if (silentAfterData)
                    {
                        await Task.Delay(Timeout.Infinite, stop.Token);
                    }

                    await writer.WriteLineAsync("250 queued");
                }
                else
                {
                    await writer.WriteLineAsync(verb == "QUIT" ? "221 bye" : verb == "EHLO" ? "250 stand-in" : "250 ok");
                    if (verb == "QUIT")
                    {
                        return;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException)
        {
            // The client gave up or the test ended.
        }
    }
}
