using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Kapman.Options.Tests;

/// <summary>
/// A local HTTP server (HttpListener on a free loopback port) that serves a snapshot file as Polygon API pages:
/// <c>/v3/snapshot/options/{underlying}</c>, then <c>?cursor=N</c> pages linked by <c>next_url</c>. It answers
/// 401 without <c>Authorization: Bearer {key}</c> and 429 once for each cursor listed in <c>throttleOnce</c>.
/// </summary>
internal sealed class PagedSnapshotServer : IDisposable
{
    private readonly List<JsonNode?> rows;
    private readonly int pageSize;
    private readonly string key;
    private readonly ConcurrentDictionary<int, bool> throttleOnce;
    private readonly LoopbackHttpServer server;

    public PagedSnapshotServer(string snapshotPath, int pageSize, string key, params int[] throttleOnce)
    {
        rows = JsonNode.Parse(File.ReadAllText(snapshotPath))!["results"]!.AsArray().Select(r => r?.DeepClone()).ToList();
        this.pageSize = pageSize;
        this.key = key;
        this.throttleOnce = new ConcurrentDictionary<int, bool>(throttleOnce.Select(c => KeyValuePair.Create(c, true)));
        server = new LoopbackHttpServer(context =>
        {
            Answer(context);
            return Task.CompletedTask;
        });
    }

    public Uri BaseUrl => server.BaseUrl;

    /// <summary>Every request's path and query, in arrival order, with the status answered.</summary>
    public ConcurrentQueue<(string PathAndQuery, int Status)> Requests { get; } = new();

    public void Dispose() => server.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));

    private void Answer(HttpListenerContext context)
    {
        var request = context.Request;
        var cursor = int.TryParse(request.QueryString["cursor"], out var c) ? c : 0;
        int status;
        string body;
        if (request.Headers["Authorization"] != "Bearer " + key || request.QueryString["apiKey"] is not null)
        {
            (status, body) = (401, "{\"status\":\"ERROR\"}");
        }
        else if (throttleOnce.TryRemove(cursor, out _))
        {
            (status, body) = (429, "{\"status\":\"ERROR\",\"error\":\"too many requests\"}");
        }
        else
        {
            var page = new JsonObject { ["status"] = "OK", ["results"] = new JsonArray(rows.Skip(cursor * pageSize).Take(pageSize).Select(r => r?.DeepClone()).ToArray()) };
            if ((cursor + 1) * pageSize < rows.Count)
            {
                page["next_url"] = new Uri(BaseUrl, $"{request.Url!.AbsolutePath.TrimStart('/')}?cursor={cursor + 1}").ToString();
            }

            (status, body) = (200, page.ToJsonString());
        }

        Requests.Enqueue((request.Url!.PathAndQuery, status));
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }
}
