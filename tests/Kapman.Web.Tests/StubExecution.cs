using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Kapman.Web.Tests;

/// <summary>
/// In-memory stand-in for the execution API behind the stub gateway (prefix <c>/api/execution</c>, the contract in
/// services/Execution/EXECUTION-API-CONTRACT.md): two orders (Fixtures/execution-orders.json: AAPL PAPER simulated and
/// filled, MSFT LIVE working) with their details, two positions (Fixtures/execution-positions.json: AAPL simulated and
/// marked by a model, MSFT real and marked from the stored chain), their risk book (Fixtures/execution-risk.json: AAPL and MSFT rows,
/// one unpriced holding, the VaR cap breached), three journal lines, and approvals: TSLA and NVDA
/// pending, AAPL approved as order …0001. Approving answers 202 with the order id the first time, 200 with the same id
/// after, 404 for an unknown recommendation and a 409 problem while the kill switch is not normal. The kill switch is
/// settable (reset needs an <c>X-Api-Key</c>, else 403), and <see cref="Down"/> makes every call a gateway-made 503.
/// Records the <c>X-Api-Key</c> of every mutating call.
/// </summary>
public sealed class StubExecution
{
    /// <summary>The pending TSLA recommendation.</summary>
    public static readonly Guid TslaRecommendation = Guid.Parse("1c1c1c1c-0000-4000-8000-000000000001");

    /// <summary>The pending NVDA recommendation.</summary>
    public static readonly Guid NvdaRecommendation = Guid.Parse("1c1c1c1c-0000-4000-8000-000000000002");

    /// <summary>The approved AAPL recommendation (the Today fixture's AAPL LONG_PUT).</summary>
    public static readonly Guid AaplRecommendation = Guid.Parse("0b7f2c1e-3d4a-4f6b-8e9d-1a2b3c4d5e6f");

    /// <summary>The filled, simulated AAPL order.</summary>
    public static readonly Guid AaplOrder = Guid.Parse("5a0e0000-0000-4000-8000-000000000001");

    /// <summary>The working LIVE MSFT order.</summary>
    public static readonly Guid MsftOrder = Guid.Parse("5a0e0000-0000-4000-8000-000000000002");

    /// <summary>The order approving TSLA places.</summary>
    public static readonly Guid TslaOrder = Guid.Parse("5a0e0000-0000-4000-8000-0000000000a1");

    /// <summary>The order approving NVDA places.</summary>
    public static readonly Guid NvdaOrder = Guid.Parse("5a0e0000-0000-4000-8000-0000000000a2");

    private const string Prefix = "/api/execution";
    private const string GatewayErrorHeader = "X-Kapman-Gateway-Error";

    private readonly object gate = new();
    private readonly List<Row> approvals =
    [
        new(TslaRecommendation, "TSLA", "LONG_PUT", """[{"occSymbol":"TSLA250919P00300000","side":"BUY","quantity":1,"limitPrice":9.80}]""", 9.80m, TslaOrder),
        new(NvdaRecommendation, "NVDA", "BULL_CALL_SPREAD",
            """[{"occSymbol":"NVDA250919C00180000","side":"BUY","quantity":1,"limitPrice":6.20},{"occSymbol":"NVDA250919C00190000","side":"SELL","quantity":1,"limitPrice":2.75}]""",
            3.45m, NvdaOrder),
        new(AaplRecommendation, "AAPL", "LONG_PUT", """[{"occSymbol":"AAPL250919P00220000","side":"BUY","quantity":1,"limitPrice":3.10}]""", 3.10m, AaplOrder) { Approved = true },
    ];

    private readonly List<string> keys = [];
    private readonly List<string> posts = [];
    private string mode = "normal";
    private string reason = "morning checks done";
    private string changedBy = "operator";

    /// <summary>When true the gateway cannot reach execution: every call answers a gateway-made 503.</summary>
    public bool Down { get; set; }

    /// <summary>X-Api-Key header of each mutating call so far.</summary>
    public IReadOnlyList<string> KeysSeen
    {
        get
        {
            lock (gate)
            {
                return [.. keys];
            }
        }
    }

    /// <summary>Each mutating call so far as "POST path body".</summary>
    public IReadOnlyList<string> Posts
    {
        get
        {
            lock (gate)
            {
                return [.. posts];
            }
        }
    }

    /// <summary>True for the paths this stub answers.</summary>
    public static bool Handles(string path) => path.StartsWith(Prefix + "/", StringComparison.Ordinal);

    /// <summary>Puts the kill switch in <paramref name="newMode"/> (normal, safe_mode or hard_stop) as if a trigger had.</summary>
    public void SetKillSwitch(string newMode, string why)
    {
        lock (gate)
        {
            (mode, reason, changedBy) = (newMode, why, "drawdown trigger");
        }
    }

    /// <summary>Answers one request under <c>/api/execution</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        if (Down)
        {
            context.Response.StatusCode = 503;
            context.Response.Headers[GatewayErrorHeader] = "unavailable";
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync("""{"title":"Service Unavailable","status":503}""");
            return;
        }

        var path = context.Request.Path.Value![Prefix.Length..];
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            lock (gate)
            {
                keys.Add(context.Request.Headers["X-Api-Key"].ToString());
                posts.Add($"{context.Request.Method} {path} {body}");
            }
        }

        var (status, json) = Answer(context.Request.Method, path, body, context.Request.Headers["X-Api-Key"].ToString());
        context.Response.StatusCode = status;
        if (json.StartsWith("fixture:", StringComparison.Ordinal))
        {
            context.Response.ContentType = "application/json";
            await context.Response.SendFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", json["fixture:".Length..]));
        }
        else if (json.Length > 0)
        {
            context.Response.ContentType = status >= 400 ? "application/problem+json" : "application/json";
            await context.Response.WriteAsync(json);
        }
    }

    private (int Status, string Json) Answer(string method, string path, string body, string apiKey)
    {
        lock (gate)
        {
            return (method, path) switch
            {
                ("GET", "/kill-switch") => (200, KillSwitchJson()),
                ("POST", "/kill-switch") => PostKillSwitch(body, apiKey),
                ("GET", "/trading-mode") => (200, """{"mode":"PAPER","reason":"live trading not enabled"}"""),
                ("GET", "/approvals") => (200, JsonSerializer.Serialize(approvals.Select(a => a.ToJson()))),
                ("POST", _) when path.StartsWith("/approvals/", StringComparison.Ordinal) => Approve(path["/approvals/".Length..]),
                ("GET", "/orders") => (200, "fixture:execution-orders.json"),
                ("GET", _) when path == $"/orders/{AaplOrder:D}" => (200, "fixture:execution-order-1.json"),
                ("GET", _) when path == $"/orders/{MsftOrder:D}" => (200, "fixture:execution-order-2.json"),
                ("POST", _) when path == $"/orders/{MsftOrder:D}/cancel" => (202, string.Empty),
                ("GET", "/positions") => (200, "fixture:execution-positions.json"),
                ("GET", "/risk") => (200, "fixture:execution-risk.json"),
                ("GET", "/journal") => (200, "fixture:execution-journal.json"),
                _ => (404, """{"title":"Not Found","status":404}"""),
            };
        }
    }

    private (int, string) Approve(string id)
    {
        var row = Guid.TryParse(id, out var guid) ? approvals.Find(a => a.RecommendationId == guid) : null;
        if (row is null)
        {
            return (404, """{"title":"Not Found","status":404,"detail":"no such recommendation"}""");
        }

        if (mode != "normal")
        {
            return (409, JsonSerializer.Serialize(new { title = "Conflict", status = 409, detail = $"the kill switch is {mode}: {reason}" }));
        }

        var first = !row.Approved;
        row.Approved = true;
        return (first ? 202 : 200, JsonSerializer.Serialize(new { orderId = row.OrderId }));
    }

    private (int, string) PostKillSwitch(string body, string apiKey)
    {
        using var request = JsonDocument.Parse(body);
        var wanted = request.RootElement.GetProperty("mode").GetString();
        if (wanted == "reset" && apiKey.Length == 0)
        {
            return (403, """{"title":"Forbidden","status":403,"detail":"reset needs the API key"}""");
        }

        mode = wanted == "reset" ? "normal" : wanted!;
        reason = request.RootElement.GetProperty("reason").GetString()!;
        changedBy = "operator";
        return (200, KillSwitchJson());
    }

    private string KillSwitchJson() =>
        JsonSerializer.Serialize(new { mode, reason, changedAt = "2025-08-27T13:00:00Z", changedBy });

    private sealed record Row(Guid RecommendationId, string Ticker, string Strategy, string LegsJson, decimal LimitPrice, Guid OrderId)
    {
        public bool Approved { get; set; }

        public object ToJson() => new
        {
            recommendationId = RecommendationId,
            sessionDate = "2025-08-26",
            ticker = Ticker,
            strategy = Strategy,
            legs = System.Text.Json.Nodes.JsonNode.Parse(LegsJson),
            limitPrice = LimitPrice,
            status = Approved ? "APPROVED" : "PENDING",
            orderId = Approved ? OrderId : (Guid?)null,
        };
    }
}
