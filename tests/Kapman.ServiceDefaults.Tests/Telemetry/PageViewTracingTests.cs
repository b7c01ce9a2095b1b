using System.Diagnostics;
using System.Net;
using Kapman.ServiceDefaults.Security;
using Kapman.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.ServiceDefaults.Tests.Telemetry;

/// <summary>
/// Page views are head-sampled where <see cref="PageViewTracing.RatioKey"/> is set (the gateway), on a host wired like the others
/// on Kestrel: each endpoint answers whether its server span is recorded, which is the sampled flag it propagates to the calls it
/// makes. Root GETs outside <c>/api/</c> are kept about 1 in 10; API calls, posts and requests inside a sampled trace always.
/// </summary>
public sealed class PageViewTracingTests
{
    private const string SampledParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    [Test]
    public async Task At_one_in_ten_root_page_views_are_sampled_and_api_calls_posts_and_traced_requests_always_recorded()
    {
        await using var host = await StartAsync(0.1);

        var pageViews = await RecordedAsync(host.Url, "GET", "/page", 400);
        Assert.That(pageViews, Is.InRange(15, 70), "400 root page views at 0.1: 40 expected, 15-70 is beyond four standard deviations (6)");
        Assert.That(await RecordedAsync(host.Url, "GET", "/api/thing", 50), Is.EqualTo(50), "API calls are always traced");
        Assert.That(await RecordedAsync(host.Url, "POST", "/page", 50), Is.EqualTo(50), "form posts are always traced");
        Assert.That(await RecordedAsync(host.Url, "GET", "/page", 50, SampledParent), Is.EqualTo(50),
            "a page view inside a sampled trace (the web behind the gateway) follows its parent");
    }

    [Test]
    public async Task Without_the_setting_every_page_view_is_traced()
    {
        await using var host = await StartAsync(null);

        Assert.That(await RecordedAsync(host.Url, "GET", "/page", 50), Is.EqualTo(50));
    }

    [TestCase(1.5)]
    [TestCase(-0.1)]
    public void A_ratio_outside_0_to_1_stops_the_host_with_the_reason(double ratio)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[PageViewTracing.RatioKey] = ratio.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddServiceDefaults());
        Assert.That(error!.Message, Does.Contain(PageViewTracing.RatioKey).And.Contain("between 0 and 1"));
    }

    /// <summary>
    /// Sends <paramref name="count"/> requests over a plain socket (HttpClient in this process would add the trace context of the
    /// host's own instrumentation) and counts those whose server span was recorded.
    /// </summary>
    private static async Task<int> RecordedAsync(Uri server, string method, string path, int count, string? traceparent = null)
    {
        var recorded = 0;
        for (var i = 0; i < count; i++)
        {
            var response = await RawHttp.SendAsync(server, method, path, traceparent is null ? null : [new("traceparent", traceparent)]);
            Assert.That(response.Status, Is.EqualTo(200), path);
            recorded += response.Body == "true" ? 1 : 0;
        }

        return recorded;
    }

    private static async Task<TracedHost> StartAsync(double? ratio)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration[GatewayCredential.ConfigurationKey] = "page-view-test-token-0123456789";
        if (ratio is { } r)
        {
            builder.Configuration[PageViewTracing.RatioKey] = r.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        builder.AddServiceDefaults();
        var app = builder.Build();
        static string Recorded() => (Activity.Current?.Recorded ?? false) ? "true" : "false";
        app.MapGet("/page", Recorded);
        app.MapPost("/page", Recorded);
        app.MapGet("/api/thing", Recorded);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new TracedHost(app, new Uri(url));
    }

    private sealed record TracedHost(WebApplication App, Uri Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
