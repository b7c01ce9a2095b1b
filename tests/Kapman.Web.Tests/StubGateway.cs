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
/// A stand-in for the HAProxy gateway on a free loopback port, serving canned JSON in the spec's shapes
/// (Fixtures/*.json) for a <see cref="GatewayScenario"/>, and recording every path and query it was asked for.
/// </summary>
public sealed class StubGateway : IAsyncDisposable
{
    private const string Session = "2025-08-26";
    private const string GatewayErrorHeader = "X-Kapman-Gateway-Error";

    private readonly WebApplication app;
    private readonly GatewayScenario scenario;
    private readonly ConcurrentQueue<string> requested = new();

    private StubGateway(GatewayScenario scenario)
    {
        this.scenario = scenario;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>Base address of the stub.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every request so far as path plus query, e.g. "/api/wyckoff/alerts?session=2025-08-26".</summary>
    public IReadOnlyList<string> Requested => [.. requested];

    /// <summary>Starts a stub answering for <paramref name="scenario"/>.</summary>
    public static async Task<StubGateway> StartAsync(GatewayScenario scenario)
    {
        var stub = new StubGateway(scenario);
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

    private static Task JsonAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var session = context.Request.Query["session"].ToString();
        requested.Enqueue(path + context.Request.QueryString.Value);

        if (path.StartsWith("/api/", StringComparison.Ordinal) && path.EndsWith("/health", StringComparison.Ordinal))
        {
            return HealthAsync(context, path.Split('/')[2]);
        }

        return (scenario, path) switch
        {
            (GatewayScenario.FullDay, "/api/ingestion/pipeline/runs/latest") => FixtureAsync(context, "latest-run.json"),
            (GatewayScenario.FullDay, "/api/wyckoff/alerts") when session == Session => FixtureAsync(context, "alerts.json"),
            (GatewayScenario.FullDay, "/api/recommendation/recommendations") when session == Session => FixtureAsync(context, "recommendations.json"),
            (GatewayScenario.FullDay or GatewayScenario.NoRunYet, "/api/wyckoff/alerts") => JsonAsync(context, "[]"),
            (GatewayScenario.FullDay or GatewayScenario.NoRunYet, "/api/recommendation/recommendations") => JsonAsync(context, "[]"),
            (GatewayScenario.NoRunYet, "/api/ingestion/pipeline/runs/latest") => ProblemAsync(context, 404, fromGateway: false),
            (GatewayScenario.Broken, "/api/ingestion/pipeline/runs/latest") => ProblemAsync(context, 500, fromGateway: false),
            (GatewayScenario.Broken, "/api/wyckoff/alerts") => JsonAsync(context, "<html>not json</html>"),
            (GatewayScenario.Broken, "/api/recommendation/recommendations") => ProblemAsync(context, 503, fromGateway: true),
            _ => ProblemAsync(context, 404, fromGateway: false),
        };
    }

    private Task HealthAsync(HttpContext context, string service) => (scenario, service) switch
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
