using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Kapman.Testing;

/// <summary>
/// Sends one HTTP/1.1 request over a plain socket, exactly as written: HttpClient normalises a known method's case
/// (<c>post</c> goes out as <c>POST</c>), which would hide the very differences the security tests are about.
/// </summary>
internal static class RawHttp
{
    /// <summary>Sends <paramref name="method"/> <paramref name="target"/> to <paramref name="server"/> with <c>Connection: close</c> and reads the whole response.</summary>
    /// <param name="server">Scheme, host and port to connect to.</param>
    /// <param name="method">The method token, sent verbatim.</param>
    /// <param name="target">Request target, e.g. <c>/api/ingestion/portfolios?probe=1</c>.</param>
    /// <param name="headers">Extra headers, e.g. <c>X-Api-Key</c>.</param>
    /// <param name="body">Body; sent with Content-Length (also 0 when null, for methods other than GET/HEAD/OPTIONS).</param>
    /// <param name="host">Host header; default the server's host:port.</param>
    public static async Task<RawHttpResponse> SendAsync(
        Uri server, string method, string target, IEnumerable<KeyValuePair<string, string>>? headers = null, string? body = null, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = new StringBuilder();
        request.Append(CultureInfo.InvariantCulture, $"{method} {target} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers ?? [])
        {
            request.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        var content = Encoding.UTF8.GetBytes(body ?? string.Empty);
        if (body is not null || !IsBodiless(method))
        {
            request.Append(CultureInfo.InvariantCulture, $"Content-Length: {content.Length}\r\n");
        }

        request.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()));
        await stream.WriteAsync(content);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        return Parse(Encoding.UTF8.GetString(received.ToArray()));
    }

    private static bool IsBodiless(string method) =>
        method.Equals("GET", StringComparison.OrdinalIgnoreCase) || method.Equals("HEAD", StringComparison.OrdinalIgnoreCase)
        || method.Equals("OPTIONS", StringComparison.OrdinalIgnoreCase);

    private static RawHttpResponse Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new InvalidOperationException("incomplete HTTP response: " + raw);
        }

        var lines = raw[..split].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)].Trim().ToLowerInvariant(), Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .GroupBy(h => h.Name)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(h => h.Value)));
        var body = raw[(split + 4)..];
        return new RawHttpResponse(status, headers, headers.TryGetValue("transfer-encoding", out var coding) && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase) ? Dechunk(body) : body);
    }

    private static string Dechunk(string body)
    {
        var text = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = int.Parse(body[at..lineEnd].Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            text.Append(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }

        return text.ToString();
    }
}
