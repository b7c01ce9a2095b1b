using System.Net;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// A local stand-in for Polygon's REST host (<see cref="LoopbackHttpServer"/>): answers <see cref="Path"/> with a
/// fixture (404 elsewhere), records every request and, when given, awaits a callback before each answer.
/// </summary>
internal sealed class LocalPolygonServer : IAsyncDisposable
{
    private readonly List<(string Path, string? Query, string? Authorization)> requests = [];
    private readonly byte[] body;
    private readonly Func<Task>? beforeAnswer;
    private readonly LoopbackHttpServer server;

    private LocalPolygonServer(string path, byte[] body, Func<Task>? beforeAnswer)
    {
        Path = path;
        this.body = body;
        this.beforeAnswer = beforeAnswer;
        server = new LoopbackHttpServer(AnswerAsync);
    }

    /// <summary>The one path answered with the fixture, e.g. <c>/v2/aggs/grouped/locale/us/market/stocks/2005-04-04</c>.</summary>
    public string Path { get; }

    /// <summary>The base URL to configure as <c>Kapman:Ingestion:Polygon:BaseUrl</c>.</summary>
    public string BaseUrl => server.BaseUrl.ToString();

    /// <summary>The requests so far: path, query string and Authorization header.</summary>
    public IReadOnlyList<(string Path, string? Query, string? Authorization)> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Starts serving <paramref name="body"/> (JSON) at <paramref name="path"/>.</summary>
    public static LocalPolygonServer Start(string path, byte[] body, Func<Task>? beforeAnswer = null) => new(path, body, beforeAnswer);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task AnswerAsync(HttpListenerContext context)
    {
        lock (requests)
        {
            requests.Add((context.Request.Url!.AbsolutePath, context.Request.Url.Query, context.Request.Headers["Authorization"]));
        }

        if (beforeAnswer is not null)
        {
            await beforeAnswer();
        }

        var found = context.Request.Url.AbsolutePath == Path;
        context.Response.StatusCode = found ? 200 : 404;
        context.Response.ContentType = "application/json";
        if (found)
        {
            await context.Response.OutputStream.WriteAsync(body);
        }

        context.Response.Close();
    }
}
