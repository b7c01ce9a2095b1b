using System.Net.Http.Json;
using System.Text.Json;
using Kapman.ServiceDefaults.Security;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The real ingestion service as its own process (its shipped appsettings.json, Kestrel, a real database), called
/// straight at its port as a local process or a hostile page would, bypassing the gateway. Requests go over a raw
/// socket so methods and Host headers arrive exactly as written. Without the gateway's token nothing changes, in any
/// method spelling; a Host outside AllowedHosts is refused; with the token the same calls work.
/// </summary>
[NonParallelizable]
public class GatewayCredentialServiceTests
{
    private TestFlatFiles files = null!;
    private IngestionProcess service = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        files = new TestFlatFiles();
        service = await IngestionProcess.CreateAsync(new Dictionary<string, string> { ["Kapman__Data__Root"] = files.Root });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (service is not null)
        {
            await service.DisposeAsync();
        }

        files?.Dispose();
    }

    private Uri Url => service.Client.BaseAddress!;

    [TestCase("POST")]
    [TestCase("post")]
    [TestCase("Post")]
    [TestCase("pOST")]
    [TestCase("FOO")]
    public async Task Creating_a_portfolio_without_the_token_is_refused_in_any_method_spelling(string method)
    {
        var name = "Probe " + method;

        var response = await RawHttp.SendAsync(Url, method, "/portfolios", [new("Content-Type", "application/json")], $$"""{"name":"{{name}}"}""");

        Assert.Multiple(async () =>
        {
            Assert.That(response.Status, Is.EqualTo(401), response.Body);
            Assert.That(response.Headers["content-type"], Does.StartWith("application/problem+json"));
            Assert.That(await PortfolioNamesAsync(), Does.Not.Contain(name));
        });
    }

    [Test]
    public async Task A_wrong_token_is_refused()
    {
        var response = await RawHttp.SendAsync(
            Url, "POST", "/portfolios", [new("Content-Type", "application/json"), new(GatewayCredential.HeaderName, "guess")], """{"name":"Guessed"}""");

        Assert.Multiple(async () =>
        {
            Assert.That(response.Status, Is.EqualTo(401));
            Assert.That(await PortfolioNamesAsync(), Does.Not.Contain("Guessed"));
        });
    }

    [Test]
    public async Task A_cross_site_form_post_does_nothing()
    {
        var form = new KeyValuePair<string, string>("Content-Type", "application/x-www-form-urlencoded");
        var origin = new KeyValuePair<string, string>("Origin", "https://evil.example");

        var create = await RawHttp.SendAsync(Url, "POST", "/portfolios", [form, origin], "name=Forged");
        var run = await RawHttp.SendAsync(Url, "POST", "/pipeline/runs", [form, origin], "sessionDate=2025-08-26");

        Assert.Multiple(async () =>
        {
            Assert.That(create.Status, Is.EqualTo(401));
            Assert.That(run.Status, Is.EqualTo(401));
            Assert.That(await PortfolioNamesAsync(), Does.Not.Contain("Forged"));
        });
    }

    [Test]
    public async Task With_the_token_changes_go_through_and_deleting_without_it_is_refused()
    {
        var token = new KeyValuePair<string, string>(GatewayCredential.HeaderName, IngestionTestHost.GatewayToken);
        var json = new KeyValuePair<string, string>("Content-Type", "application/json");

        var created = await RawHttp.SendAsync(Url, "post", "/portfolios", [json, token], """{"name":"Keyed"}""");
        var id = JsonDocument.Parse(created.Body).RootElement.GetProperty("id").GetInt64();
        var deleteWithout = await RawHttp.SendAsync(Url, "delete", $"/portfolios/{id}");
        var namesAfterRefusal = await PortfolioNamesAsync();
        var deleteWith = await RawHttp.SendAsync(Url, "DELETE", $"/portfolios/{id}", [token]);

        Assert.Multiple(async () =>
        {
            Assert.That(created.Status, Is.EqualTo(201), created.Body);
            Assert.That(deleteWithout.Status, Is.EqualTo(401));
            Assert.That(namesAfterRefusal, Does.Contain("Keyed"));
            Assert.That(deleteWith.Status, Is.EqualTo(204));
            Assert.That(await PortfolioNamesAsync(), Does.Not.Contain("Keyed"));
        });
    }

    [TestCase("evil.example")]
    [TestCase("rebound.example:5101")]
    public async Task A_host_outside_AllowedHosts_is_refused_even_with_the_token(string host)
    {
        var token = new KeyValuePair<string, string>(GatewayCredential.HeaderName, IngestionTestHost.GatewayToken);

        var read = await RawHttp.SendAsync(Url, "GET", "/portfolios", host: host);
        var write = await RawHttp.SendAsync(Url, "POST", "/portfolios", [new("Content-Type", "application/json"), token], """{"name":"Rebound"}""", host);

        Assert.Multiple(async () =>
        {
            Assert.That(read.Status, Is.EqualTo(400));
            Assert.That(write.Status, Is.EqualTo(400));
            Assert.That(await PortfolioNamesAsync(), Does.Not.Contain("Rebound"));
        });
    }

    [TestCase("localhost")]
    [TestCase("127.0.0.1:8080")]
    public async Task Loopback_hosts_are_served(string host)
    {
        var response = await RawHttp.SendAsync(Url, "GET", "/portfolios", host: host);

        Assert.That(response.Status, Is.EqualTo(200));
    }

    private async Task<List<string?>> PortfolioNamesAsync() =>
        [.. (await service.Client.GetFromJsonAsync<JsonElement>("portfolios")).EnumerateArray().Select(p => p.GetProperty("name").GetString())];
}
