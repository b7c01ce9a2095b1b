namespace Kapman.Web.Tests;

/// <summary>
/// The web's reads through the gateway carry its <c>KAPMAN_API_KEY</c>, which exempts them from the gateway's
/// per-address rate limit (gateway/README.md); without a configured key they carry none.
/// </summary>
[TestFixture]
public sealed class GatewayApiKeyTests
{
    [TestCase("web-key", "web-key")]
    [TestCase(null, "")]
    public async Task EveryGatewayCallOfAPageCarriesTheConfiguredKey(string? configured, string expected)
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: configured);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(gateway.ApiKeys, Is.Not.Empty);
            Assert.That(gateway.ApiKeys, Is.All.EqualTo(expected));
        });
    }
}
