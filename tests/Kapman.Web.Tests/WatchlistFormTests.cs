using Kapman.Web.Watchlists;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// The Watchlists forms' input reading, and their key check: a refused post never reaches the ingestion API
/// (the full create/add/remove flow runs against the real suite in Kapman.IntegrationTests' BrowserWatchlistTests).
/// </summary>
[TestFixture]
public sealed class WatchlistFormTests
{
    [TestCase("aapl, MSFT;brk.b  nvda\nAAPL", new[] { "AAPL", "MSFT", "BRK.B", "NVDA" })]
    [TestCase("", new string[0])]
    [TestCase(" , ; ", new string[0])]
    public void Tickers_SplitsUppercasesAndKeepsEachOnceInOrder(string text, string[] expected) =>
        Assert.That(WatchlistInput.Tickers(text), Is.EqualTo(expected));

    [TestCase("AAPL, $SPX")]
    [TestCase("AAPL, drop*table")]
    [TestCase("AAPL,TOOLONGSYMBOL")]
    [TestCase("A/B")]
    public void Tickers_WithANonSymbol_IsNull(string text) => Assert.That(WatchlistInput.Tickers(text), Is.Null);

    [TestCase("  core  ", "core")]
    [TestCase("", null)]
    [TestCase("a/b", null)]
    public void Name_IsTrimmedAndMustBeAPathSegment(string text, string? expected) => Assert.That(WatchlistInput.Name(text), Is.EqualTo(expected));

    [Test]
    public void Name_Of101Characters_IsNull() => Assert.That(WatchlistInput.Name(new string('w', 101)), Is.Null);

    [TestCase("/watchlists/save")]
    [TestCase("/watchlists/add")]
    [TestCase("/watchlists/remove")]
    public async Task WrongKey_RedirectsWithTheErrorAndCallsNothing(string path)
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: "watch-key");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent([new("name", "core"), new("tickers", "AAPL"), new("ticker", "AAPL"), new("apiKey", "wrong")]);

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(302));
            Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/watchlists?name=core&error=wrong%20API%20key"));
            Assert.That(gateway.Requested, Is.Empty);
        });
    }
}
