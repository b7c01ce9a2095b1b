using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Kapman.Web.Security;

namespace Kapman.Web.Tests;

/// <summary>
/// Every page (and every other response: JSON, static files, redirects, 404) carries the Content-Security-Policy,
/// X-Frame-Options, X-Content-Type-Options and Referrer-Policy headers, and the pages need nothing the policy forbids:
/// no inline script, event handler, style element or style attribute.
/// </summary>
[TestFixture]
public sealed partial class SecurityHeadersTests
{
    private const string RecommendationId = "0b7f2c1e-3d4a-4f6b-8e9d-1a2b3c4d5e6f";

    private static readonly string[] Pages =
    [
        "/", "/?strategy=LONG_CALL", "/ticker/XLE", "/ticker/XLE?expiry=2025-09-05", "/recommendations/" + RecommendationId,
        "/accuracy", "/decisions", "/portfolios", "/watchlists", "/ops", "/ops?session=2025-08-26",
        "/orders", "/orders/5a0e0000-0000-4000-8000-000000000002", "/positions", "/journal", "/approvals", "/kill-switch",
    ];

    private static readonly string[] OtherResponses =
    [
        "/ticker/XLE/chart.json", "/app.css", "/ticker.js", "/lib/htmx.min.js", "/lib/lightweight-charts.standalone.production.js", "/no-such-page",
    ];

    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay, allHealthy: true);
        factory = new KapmanWebFactory(gateway.Url, apiKey: "headers-test-key");
        client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }
    }

    [TestCaseSource(nameof(Pages))]
    public async Task Every_page_carries_the_headers(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        AssertHeaders(response);
    }

    [TestCaseSource(nameof(OtherResponses))]
    public async Task Other_responses_carry_the_headers_too(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        AssertHeaders(response);
    }

    [Test]
    public async Task A_form_post_redirect_carries_the_headers()
    {
        using var form = new FormUrlEncodedContent([new("name", "Core"), new("apiKey", "wrong")]);

        using var response = await client.PostAsync(new Uri("/portfolios/create", UriKind.Relative), form);

        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        AssertHeaders(response);
    }

    [Test]
    public void The_policy_allows_only_the_apps_own_resources_and_no_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

        Assert.Multiple(() =>
        {
            Assert.That(directives["default-src"], Is.EqualTo("'self'"));
            Assert.That(directives["script-src"], Is.EqualTo("'self'"));
            Assert.That(directives["style-src"], Is.EqualTo("'self' '" + SecurityHeaders.ChartAttributionStyleHash + "'"));
            Assert.That(directives["frame-ancestors"], Is.EqualTo("'none'"));
            Assert.That(directives["object-src"], Is.EqualTo("'none'"));
            Assert.That(directives["form-action"], Is.EqualTo("'self'"));
            Assert.That(SecurityHeaders.ContentSecurityPolicy, Does.Not.Contain("unsafe"));
        });
    }

    [TestCaseSource(nameof(Pages))]
    public async Task Pages_use_no_inline_script_handler_or_style(string path)
    {
        var html = new HtmlDocument();
        html.LoadHtml(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        var nodes = html.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(nodes.Where(n => n.Name == "script").Select(n => n.GetAttributeValue("src", string.Empty)), Has.None.Empty, "inline <script>");
            Assert.That(nodes.Where(n => n.Name == "style"), Is.Empty, "<style> element");
            Assert.That(nodes.Where(n => n.Attributes.Contains("style")).Select(n => n.OuterHtml), Is.Empty, "style attribute");
            Assert.That(
                nodes.SelectMany(n => n.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.StartsWith("hx-on", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name),
                Is.Empty, "event handler attribute");
            Assert.That(
                html.DocumentNode.SelectSingleNode("//meta[@name='htmx-config']")?.GetAttributeValue("content", string.Empty),
                Does.Contain("\"includeIndicatorStyles\":false").And.Contain("\"allowEval\":false"));
        });
    }

    [Test]
    public async Task The_style_hash_matches_the_attribution_style_of_the_bundled_chart_library()
    {
        var library = await client.GetStringAsync(new Uri("/lib/lightweight-charts.standalone.production.js", UriKind.Relative));
        var style = InjectedStyle().Matches(library).Select(m => m.Groups["css"].Value).ToList();

        Assert.That(style, Has.Count.EqualTo(1), "lightweight-charts injects exactly one <style>");
        Assert.That("sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style[0]))), Is.EqualTo(SecurityHeaders.ChartAttributionStyleHash));
    }

    private static void AssertHeaders(HttpResponseMessage response) =>
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(SecurityHeaders.ContentSecurityPolicy));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
        });

    [GeneratedRegex("createElement\\(\"style\"\\),this\\.\\w+\\.innerText=\"(?<css>[^\"]*)\"")]
    private static partial Regex InjectedStyle();
}
