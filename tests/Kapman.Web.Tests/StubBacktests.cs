using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kapman.Web.Tests;

/// <summary>
/// Stand-in for the recommendation API's <c>/backtests</c> behind the stub gateway (prefix <c>/api/recommendation</c>): the list (the
/// hand-made run of Fixtures/backtest-run.json), that run, a 404 for any other, and <c>POST</c> answering 202 with
/// <see cref="StartedId"/>, or a validation problem when the underlying is <c>BAD</c>. Records the bodies and <c>X-Api-Key</c> of the posts.
/// </summary>
public sealed class StubBacktests
{
    /// <summary>The run of Fixtures/backtest-run.json.</summary>
    public const string RunId = "0199b7e5-0000-7000-8000-0000000000b1";

    /// <summary>The id a started run gets.</summary>
    public const string StartedId = "0199b7e5-0000-7000-8000-0000000000c2";

    private const string Prefix = "/api/recommendation/backtests";
    private readonly List<(JsonNode? Body, string Key)> posts = [];

    /// <summary>Bodies and API keys of the posts so far.</summary>
    public IReadOnlyList<(JsonNode? Body, string Key)> Posts
    {
        get
        {
            lock (posts)
            {
                return [.. posts];
            }
        }
    }

    /// <summary>True for the paths this stub answers.</summary>
    public static bool Handles(string path) => path == Prefix || path.StartsWith(Prefix + "/", StringComparison.Ordinal);

    /// <summary>Answers one request under <c>/api/recommendation/backtests</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!;
        if (HttpMethods.IsPost(context.Request.Method) && path == Prefix)
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            lock (posts)
            {
                posts.Add((body, context.Request.Headers["X-Api-Key"].ToString()));
            }

            if ((string?)body?["underlying"] == "BAD")
            {
                context.Response.StatusCode = 400;
                context.Response.ContentType = "application/problem+json";
                await context.Response.WriteAsync(
                    """{"title":"One or more validation errors occurred.","status":400,"errors":{"underlying":["no stored daily bars for BAD under the backtest data root."]}}""");
                return;
            }

            context.Response.StatusCode = 202;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"{{StartedId}}","status":"queued"}""");
            return;
        }

        var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "backtest-run.json"));
        context.Response.ContentType = "application/json";
        if (path == Prefix)
        {
            await context.Response.WriteAsync(new JsonArray(JsonNode.Parse(fixture)!["run"]!.DeepClone()).ToJsonString());
        }
        else if (path == Prefix + "/" + RunId)
        {
            await context.Response.WriteAsync(fixture);
        }
        else
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync("""{"title":"Backtest not found","status":404}""");
        }
    }
}
