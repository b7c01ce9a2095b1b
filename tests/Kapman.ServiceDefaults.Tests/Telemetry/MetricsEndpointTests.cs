using System.Diagnostics.Metrics;
using System.Net;
using System.Text.RegularExpressions;
using Kapman.ServiceDefaults.Security;
using Kapman.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.ServiceDefaults.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> of a host wired like the services (<c>AddServiceDefaults</c>, <c>MapDefaultEndpoints</c>) on Kestrel at
/// a free loopback port: after a real request it serves the OpenTelemetry Prometheus exporter's text with ASP.NET Core's
/// request-duration histogram for that route and a counter on the Kapman meter, and it answers only GET.
/// </summary>
public partial class MetricsEndpointTests
{
    private const string Token = "metrics-test-token-0123456789";
    private const string ProbeRoute = "/probe/{id}";

    private WebApplication app = null!;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration[GatewayCredential.ConfigurationKey] = Token;
        builder.AddServiceDefaults();
        app = builder.Build();
        app.MapDefaultEndpoints();

        // As a service would: the Kapman meter from the host's factory, so the exporter picks it up by name.
        var calls = app.Services.GetRequiredService<IMeterFactory>().Create(TelemetryExtensions.KapmanMeter)
            .CreateCounter<long>("kapman.probe.calls", description: "Probe calls served");
        app.MapGet(ProbeRoute, (int id) =>
        {
            calls.Add(1, new KeyValuePair<string, object?>("probe", "metrics-test"));
            return Results.Ok(id);
        });

        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        http = new HttpClient { BaseAddress = new Uri(url) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        http?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Test]
    public async Task Serves_the_request_duration_histogram_of_a_route_and_a_Kapman_counter_as_Prometheus_text()
    {
        using (var probe = await http.GetAsync(new Uri("/probe/7", UriKind.Relative)))
        {
            Assert.That(probe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var (contentType, text) = await ScrapeUntilAsync(t => t.Contains(ProbeRoute, StringComparison.Ordinal));
        var probeSeries = $"http_route=\"{ProbeRoute}\"";
        TestContext.Out.WriteLine(string.Join('\n', text.Split('\n').Where(line =>
            line.StartsWith("# TYPE http_server_request_duration", StringComparison.Ordinal) || line.Contains(probeSeries, StringComparison.Ordinal)
            || line.Contains("kapman_", StringComparison.Ordinal))));

        Assert.Multiple(() =>
        {
            Assert.That(contentType, Does.StartWith("text/plain"));
            Assert.That(text, Does.Contain("# TYPE http_server_request_duration_seconds histogram"));
            Assert.That(Samples(text, "http_server_request_duration_seconds_bucket"),
                Has.Some.Contains(probeSeries).And.Contains("http_response_status_code=\"200\"").And.Contains("le=\"+Inf\""));
            Assert.That(Samples(text, "http_server_request_duration_seconds_count"),
                Has.Some.Contains(probeSeries).And.Contains("http_request_method=\"GET\"").And.EndsWith(" 1"));
            Assert.That(text, Does.Contain("# TYPE kapman_probe_calls_total counter"));
            Assert.That(Samples(text, "kapman_probe_calls_total"), Has.Some.Contains("probe=\"metrics-test\"").And.EndsWith(" 1"));
        });
    }

    [Test]
    public async Task Answers_only_GET_and_stays_out_of_the_OpenAPI_document()
    {
        // With the credential the call passes GatewayCredentialMiddleware, so the 405 comes from routing itself.
        var post = await RawHttp.SendAsync(http.BaseAddress!, "POST", "/metrics", [new(GatewayCredential.HeaderName, Token)], "{}");
        var openApi = await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(post.Status, Is.EqualTo(405));
            Assert.That(openApi, Does.Contain(ProbeRoute));
            Assert.That(openApi, Does.Not.Contain("/metrics"));
        });
    }

    /// <summary>
    /// ASP.NET Core records a request's duration after the response is sent, and the exporter caches a scrape for
    /// 300 ms, so the first scrape may miss a request that has just been answered.
    /// </summary>
    private async Task<(string ContentType, string Text)> ScrapeUntilAsync(Func<string, bool> complete)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            var text = await response.Content.ReadAsStringAsync();
            if (complete(text) || DateTime.UtcNow > deadline)
            {
                return (response.Content.Headers.ContentType?.ToString() ?? string.Empty, text);
            }

            await Task.Delay(100);
        }
    }

    private static string[] Samples(string text, string name) =>
        [.. text.Split('\n').Where(line => SampleName().Match(line) is { Success: true } m && m.Groups[1].Value == name)];

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]")]
    private static partial Regex SampleName();
}
