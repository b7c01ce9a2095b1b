using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kapman.Web.Tests;

/// <summary>
/// A stand-in for the gateway on a free loopback port, serving canned JSON in the spec's shapes
/// (Fixtures/*.json) for a <see cref="GatewayScenario"/>, and recording every path and query it was asked for.
/// </summary>
public sealed class StubGateway : IAsyncDisposable
{
    private const string Session = "2025-08-26";
    private const string GatewayErrorHeader = "X-Kapman-Gateway-Error";

    /// <summary>The FullDay watchlist <c>core</c>: two tickers with their latest bar.</summary>
    private const string WatchlistCore = """
        [ { "ticker": "AAPL", "status": "ok", "lastSession": "2025-08-26", "lastClose": 229.31 },
          { "ticker": "MSFT", "status": "ok", "lastSession": "2025-08-26", "lastClose": 504.26 } ]
        """;

    private readonly WebApplication app;
    private readonly GatewayScenario scenario;
    private readonly ConcurrentQueue<string> requested = new();
    private readonly ConcurrentQueue<string> apiKeys = new();

    private readonly bool allHealthy;

    private StubGateway(GatewayScenario scenario, bool allHealthy)
    {
        this.scenario = scenario;
        this.allHealthy = allHealthy;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>The in-memory portfolios behind <c>/api/ingestion/portfolios</c> (FullDay only).</summary>
    public StubPortfolios Portfolios { get; } = new();

    /// <summary>The in-memory execution API behind <c>/api/execution</c> (FullDay only; health stays the scenario's).</summary>
    public StubExecution Execution { get; } = new();

    /// <summary>The recommendation API's backtests behind <c>/api/recommendation/backtests</c> (FullDay only).</summary>
    public StubBacktests Backtests { get; } = new();

    /// <summary>Base address of the stub.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every request so far as path plus query, e.g. "/api/wyckoff/snapshots?session=2025-08-26".</summary>
    public IReadOnlyList<string> Requested => [.. requested];

    /// <summary>The <c>X-Api-Key</c> header of every request so far, empty where it had none.</summary>
    public IReadOnlyList<string> ApiKeys => [.. apiKeys];

    /// <summary>
    /// Starts a stub answering for <paramref name="scenario"/>; with <paramref name="allHealthy"/> every service's
    /// health check answers 200 whatever the scenario says.
    /// </summary>
    public static async Task<StubGateway> StartAsync(GatewayScenario scenario, bool allHealthy = false)
    {
        var stub = new StubGateway(scenario, allHealthy);
        await stub.app.StartAsync();
        var address = stub.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        stub.Url = new Uri(address);
        return stub;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task FixtureAsync(HttpContext context, string name)
    {
        context.Response.ContentType = "application/json";
        await context.Response.SendFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
    }

    private static Task ProblemAsync(HttpContext context, int status, bool fromGateway)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        if (fromGateway)
        {
            context.Response.Headers[GatewayErrorHeader] = "unavailable";
        }

        return context.Response.WriteAsync($$"""{"title":"stub","status":{{status}}}""");
    }

    /// <summary>A producer's refusal of a replay: a 400 problem with its detail.</summary>
    private static Task ReplayRefusedAsync(HttpContext context)
    {
        context.Response.StatusCode = 400;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync("""{"title":"Replay refused","status":400,"detail":"more than 20000 stored events: replay a shorter range."}""");
    }

    /// <summary>The schedule on, waiting for 2025-08-27's file, its last run 2025-08-26 succeeded (times UTC).</summary>
    private const string Schedule = """
        {"enabled":true,"startAt":"16:30","nextStart":"2025-08-28T20:30:00+00:00","waitingFor":"2025-08-27","lastCheckedAt":"2025-08-27T20:31:00+00:00",
         "lastError":null,"lastScheduledRun":{"runId":"0198f3a2-0000-7000-8000-000000000001","sessionDate":"2025-08-26","status":"succeeded",
         "createdAt":"2025-08-26T20:30:05+00:00","finishedAt":"2025-08-26T20:30:20+00:00","stages":[],"trigger":"schedule"},
         "weeklyOn":"Friday","alertAt":"05:00","lastWeeklyRun":{"runId":"0198f3a2-0000-7000-8000-000000000002","sessionDate":"2025-08-22",
         "status":"succeeded","createdAt":"2025-08-22T20:45:00+00:00","finishedAt":"2025-08-22T20:46:00+00:00","stages":[],"trigger":"schedule",
         "kind":"weekly","retention":{"wyckoff.snapshot_versions":{"cutoff":"2023-08-22","droppedPartitions":0,"deletedRows":12345},
         "market.pipeline_runs":{"cutoff":"2025-05-24","droppedPartitions":0,"deletedRows":3}}}}
        """;

    /// <summary>Option-level outcomes: all positions, then one strategy (hand-made figures).</summary>
    private const string OptionAccuracy = """
        [{"key":"ALL","positions":4,"closed":3,"targetHits":2,"stopHits":1,"assigned":1,"cspExpired":1,"modelPriced":1,"meanPnlPerContract":37.5,"targetHitRate":0.5},
         {"key":"CSP","positions":1,"closed":1,"targetHits":0,"stopHits":0,"assigned":1,"cspExpired":1,"modelPriced":0,"meanPnlPerContract":-50,"targetHitRate":0}]
        """;

    /// <summary>What the recommendation service's <c>GET /outbox/failed</c> answers in the full-day scenario.</summary>
    public const string FailedOutboxRow = """
        [{"id":17,"messageId":"0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","messageType":"Kapman.Contracts.RecommendationRetracted",
          "runId":null,"sessionDate":"2025-08-26","createdAt":"2025-08-26T21:00:00Z","failedAt":"2025-08-26T21:00:01Z",
          "failure":"unknown message type Kapman.Contracts.RecommendationRetracted"}]
        """;

    /// <summary>
    /// What options' <c>GET /shards</c> answers in the full-day scenario: the newest session split into 4 shards by 3 replicas, of which
    /// shard 1 (SPY's chain) took 2300 ms on vm:203; then an older session whose shards are not all done.
    /// </summary>
    public const string OptionsShards = """
        [{"splitId":"0199a1b2-0000-7000-8000-0000000000bb","runId":"0199a1b2-0000-7000-8000-000000000010","sessionDate":"2025-08-26",
          "shardCount":4,"shardsLeft":0,"tickers":1,"alerts":0,"startedAt":"2025-08-26T21:00:00Z","completedAt":"2025-08-26T21:00:02.4Z",
          "shards":[
            {"splitId":"0199a1b2-0000-7000-8000-0000000000bb","shard":0,"instance":"vm:201","tickers":0,"alerts":0,"startedAt":"2025-08-26T21:00:00Z","finishedAt":"2025-08-26T21:00:00.05Z"},
            {"splitId":"0199a1b2-0000-7000-8000-0000000000bb","shard":1,"instance":"vm:203","tickers":1,"alerts":0,"startedAt":"2025-08-26T21:00:00.1Z","finishedAt":"2025-08-26T21:00:02.4Z"},
            {"splitId":"0199a1b2-0000-7000-8000-0000000000bb","shard":2,"instance":"vm:202","tickers":0,"alerts":0,"startedAt":"2025-08-26T21:00:00Z","finishedAt":"2025-08-26T21:00:00.04Z"},
            {"splitId":"0199a1b2-0000-7000-8000-0000000000bb","shard":3,"instance":"vm:201","tickers":0,"alerts":0,"startedAt":"2025-08-26T21:00:00.05Z","finishedAt":"2025-08-26T21:00:00.07Z"}]},
         {"splitId":"0199a1b2-0000-7000-8000-0000000000bc","runId":"0199a1b2-0000-7000-8000-000000000011","sessionDate":"2025-08-25",
          "shardCount":4,"shardsLeft":3,"tickers":0,"alerts":0,"startedAt":"2025-08-25T21:00:00Z","completedAt":null,
          "shards":[
            {"splitId":"0199a1b2-0000-7000-8000-0000000000bc","shard":0,"instance":"vm:201","tickers":0,"alerts":0,"startedAt":"2025-08-25T21:00:00Z","finishedAt":"2025-08-25T21:00:00.03Z"}]}]
        """;

    /// <summary>
    /// What metrics' <c>GET /shards</c> answers in the full-day scenario: the newest session split into 4 shards, done by 2 replicas
    /// (shard 0 by vm:101 in 250 ms, shards 1-3 by vm:101 and vm:102).
    /// </summary>
    public const string MetricsShards = """
        [{"splitId":"0199a1b2-0000-7000-8000-0000000000aa","runId":"0199a1b2-0000-7000-8000-0000000000bb","sessionDate":"2025-08-26",
          "shardCount":4,"shardsLeft":0,"tickers":67,"alerts":0,"startedAt":"2025-08-26T21:00:00Z","completedAt":"2025-08-26T21:00:02Z",
          "shards":[
            {"splitId":"0199a1b2-0000-7000-8000-0000000000aa","shard":0,"instance":"vm:101","tickers":8,"alerts":0,"startedAt":"2025-08-26T21:00:00Z","finishedAt":"2025-08-26T21:00:00.25Z"},
            {"splitId":"0199a1b2-0000-7000-8000-0000000000aa","shard":1,"instance":"vm:102","tickers":25,"alerts":0,"startedAt":"2025-08-26T21:00:00Z","finishedAt":"2025-08-26T21:00:01Z"},
            {"splitId":"0199a1b2-0000-7000-8000-0000000000aa","shard":2,"instance":"vm:101","tickers":11,"alerts":0,"startedAt":"2025-08-26T21:00:00.25Z","finishedAt":"2025-08-26T21:00:01Z"},
            {"splitId":"0199a1b2-0000-7000-8000-0000000000aa","shard":3,"instance":"vm:102","tickers":23,"alerts":0,"startedAt":"2025-08-26T21:00:01Z","finishedAt":"2025-08-26T21:00:02Z"}]}]
        """;

    /// <summary>What notification's <c>GET /channels</c> answers in the full-day scenario: Telegram paused with one approval held.</summary>
    public const string NotificationChannels = """
        [{"channel":"email","paused":false,"reason":null,"changedAt":null,"held":0},
         {"channel":"telegram","paused":true,"reason":"bot maintenance","changedAt":"2025-08-26T20:00:00Z","held":1},
         {"channel":"discord","paused":false,"reason":null,"changedAt":null,"held":0}]
        """;

    private static Task JsonAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var session = context.Request.Query["session"].ToString();
        var ticker = context.Request.Query["ticker"].ToString();
        var underlying = context.Request.Query["underlying"].ToString();
        requested.Enqueue(path + context.Request.QueryString.Value);
        apiKeys.Enqueue(context.Request.Headers["X-Api-Key"].ToString());

        if (scenario == GatewayScenario.FullDay && StubPortfolios.Handles(path))
        {
            return Portfolios.HandleAsync(context);
        }

        if (path.StartsWith("/api/", StringComparison.Ordinal) && path.EndsWith("/health", StringComparison.Ordinal))
        {
            return HealthAsync(context, path.Split('/')[2]);
        }

        if (scenario == GatewayScenario.FullDay && StubBacktests.Handles(path))
        {
            return Backtests.HandleAsync(context);
        }

        if (scenario == GatewayScenario.FullDay && StubExecution.Handles(path))
        {
            return Execution.HandleAsync(context);
        }

        return (scenario, path) switch
        {
            (GatewayScenario.FullDay, "/api/ingestion/pipeline/runs/latest") => FixtureAsync(context, "latest-run.json"),
            (GatewayScenario.FullDay, "/api/ingestion/pipeline/runs") => FixtureAsync(context, "runs.json"),
            (GatewayScenario.FullDay, "/api/ingestion/pipeline/schedule") => JsonAsync(context, Schedule),
            (GatewayScenario.FullDay, "/api/recommendation/outbox/failed") => JsonAsync(context, FailedOutboxRow),
            (GatewayScenario.FullDay, "/api/options/outbox/failed") => ProblemAsync(context, 503, fromGateway: true),
            (GatewayScenario.FullDay, _) when path.EndsWith("/outbox/failed", StringComparison.Ordinal) => JsonAsync(context, "[]"),
            (GatewayScenario.FullDay, "/api/metrics/shards") => JsonAsync(context, MetricsShards),
            (GatewayScenario.FullDay, "/api/options/shards") => JsonAsync(context, OptionsShards),
            (GatewayScenario.FullDay, "/api/wyckoff/shards") => JsonAsync(context, "[]"),
            (GatewayScenario.FullDay, "/api/notification/routes") => FixtureAsync(context, "notification-routes.json"),
            (GatewayScenario.FullDay, "/api/notification/channels") => JsonAsync(context, NotificationChannels),
            (GatewayScenario.FullDay, "/api/notification/channels/email/pause" or "/api/notification/channels/telegram/resume") => JsonAsync(context, "{}"),
            (GatewayScenario.FullDay, "/api/notification/messages/0199a1b2-0000-7000-8000-000000000001/resend") => JsonAsync(context, """{"outcome":"Sent"}"""),
            (GatewayScenario.FullDay, "/api/notification/messages/0199a1b2-0000-7000-8000-000000000001/acknowledge") => ProblemAsync(context, 503, fromGateway: true),
            (GatewayScenario.FullDay, "/api/ingestion/sessions/2025-08-26/quarantine") => FixtureAsync(context, "quarantine.json"),
            (GatewayScenario.FullDay, "/api/ingestion/sessions/2025-08-25/quarantine") => JsonAsync(context, "[]"),
            (GatewayScenario.FullDay, "/api/ingestion/sessions/latest/quarantine") => JsonAsync(context,
                $$"""{"sessionDate":"{{Session}}","rows":{{File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "quarantine.json"))}}}"""),
            (GatewayScenario.NoRunYet, "/api/ingestion/pipeline/runs") => JsonAsync(context, "[]"),
            (GatewayScenario.FullDay, "/api/wyckoff/snapshots") when session == Session => FixtureAsync(context, "snapshots.json"),
            (GatewayScenario.FullDay, "/api/recommendation/recommendations") when session == Session => FixtureAsync(context, "recommendations.json"),
            (GatewayScenario.FullDay, "/api/wyckoff/snapshots") when session.Length == 0 => FixtureAsync(context, "snapshots.json"),
            (GatewayScenario.FullDay, "/api/ingestion/bars/XLE") => FixtureAsync(context, "bars-xle.json"),
            (GatewayScenario.FullDay, "/api/wyckoff/snapshots/XLE/scores") => FixtureAsync(context, "history-xle.json"),
            (GatewayScenario.FullDay, "/api/wyckoff/snapshots/XLE") => FixtureAsync(context, "snapshot-xle.json"),
            (GatewayScenario.FullDay, "/api/ingestion/replay") => JsonAsync(context,
                """{"event":"MarketSessionIngested","producer":"ingestion","queue":"wyckoff-market-session-ingested","sent":3,"skipped":0,"sessions":[]}"""),
            (GatewayScenario.FullDay, "/api/options/replay") => ReplayRefusedAsync(context),
            (GatewayScenario.FullDay, "/api/ingestion/bars/MSFT") => JsonAsync(context, "[]"),
            (GatewayScenario.FullDay, "/api/ingestion/watchlists") => JsonAsync(context, """["core"]"""),
            (GatewayScenario.FullDay, "/api/ingestion/watchlists/core") => JsonAsync(context, WatchlistCore),
            (GatewayScenario.FullDay, "/api/metrics/indicators") when ticker == "XLE" => FixtureAsync(context, "indicators-xle.json"),
            (GatewayScenario.FullDay, "/api/options/contracts") when underlying == "XLE" => FixtureAsync(context, "contracts-xle.json"),
            (GatewayScenario.FullDay, "/api/options/dealer-metrics") => FixtureAsync(context, "dealer-metrics.json"),
            (GatewayScenario.FullDay, "/api/options/contracts") when underlying == "SPY" => JsonAsync(context, SyntheticChain.SpyJson),
            (GatewayScenario.FullDay, "/api/recommendation/recommendations/accuracy") => FixtureAsync(context, "accuracy.json"),
            (GatewayScenario.FullDay, "/api/recommendation/calibration") => FixtureAsync(context, "calibration.json"),
            (GatewayScenario.FullDay, "/api/recommendation/recommendations/accuracy/options") => JsonAsync(context, OptionAccuracy),
            (GatewayScenario.FullDay, "/api/recommendation/recommendations/0b7f2c1e-3d4a-4f6b-8e9d-1a2b3c4d5e6f") => FixtureAsync(context, "recommendation-detail.json"),
            (GatewayScenario.FullDay, "/api/recommendation/recommendations/0b7f2c1e-3d4a-4f6b-8e9d-1a2b3c4d5e6f/trail") => FixtureAsync(context, "recommendation-trail.json"),
            (GatewayScenario.FullDay, "/api/recommendation/decisions") when session is "" or Session => FixtureAsync(context, "decisions.json"),
            (GatewayScenario.FullDay or GatewayScenario.NoRunYet, "/api/recommendation/decisions") => JsonAsync(context, "[]"),
            (GatewayScenario.Broken, "/api/recommendation/decisions") => ProblemAsync(context, 503, fromGateway: true),
            (GatewayScenario.FullDay, "/api/options/gex-by-strike") when underlying == "XLE" => FixtureAsync(context, "gex-xle.json"),
            (GatewayScenario.FullDay, "/api/options/dealer-metrics/XLE") => FixtureAsync(context, "dealer-row-xle.json"),
            (GatewayScenario.FullDay, "/api/options/dealer-metrics/QQQ") => JsonAsync(context, """{"underlying":"QQQ","as_of":"2025-08-22","spot":89.5,"gamma_flip":null}"""),
            (GatewayScenario.FullDay, "/api/options/contracts") when underlying == "QQQ" => FixtureAsync(context, "contracts-xle.json"),
            (GatewayScenario.FullDay, "/api/metrics/indicators" or "/api/options/contracts") => JsonAsync(context, "[]"),
            (GatewayScenario.FullDay or GatewayScenario.NoRunYet, "/api/wyckoff/snapshots") => JsonAsync(context, "[]"),
            (GatewayScenario.FullDay or GatewayScenario.NoRunYet, "/api/recommendation/recommendations") => JsonAsync(context, "[]"),
            (GatewayScenario.NoRunYet, "/api/ingestion/pipeline/runs/latest") => ProblemAsync(context, 404, fromGateway: false),
            (GatewayScenario.Broken, "/api/ingestion/pipeline/runs/latest") => ProblemAsync(context, 500, fromGateway: false),
            (GatewayScenario.Broken, "/api/wyckoff/snapshots") => JsonAsync(context, "<html>not json</html>"),
            (GatewayScenario.Broken, "/api/recommendation/recommendations") => ProblemAsync(context, 503, fromGateway: true),
            _ => ProblemAsync(context, 404, fromGateway: false),
        };
    }

    private Task HealthAsync(HttpContext context, string service) => (allHealthy ? GatewayScenario.NoRunYet : scenario, service) switch
    {
        (GatewayScenario.FullDay, "wyckoff") => UnhealthyAsync(context),
        (GatewayScenario.FullDay, "execution") => ProblemAsync(context, 503, fromGateway: true),
        _ => context.Response.WriteAsync("Healthy"),
    };

    private static Task UnhealthyAsync(HttpContext context)
    {
        context.Response.StatusCode = 503;
        return context.Response.WriteAsync("Unhealthy");
    }
}
