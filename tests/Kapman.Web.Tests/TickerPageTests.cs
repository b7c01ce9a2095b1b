using System.Text.Json;

namespace Kapman.Web.Tests;

/// <summary>The Ticker page and its chart data for XLE against the stub gateway (full day).</summary>
[TestFixture]
public sealed class TickerPageTests
{
    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;
    private TodayPage page = null!;

    [OneTimeSetUp]
    public async Task Render()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        factory = new KapmanWebFactory(gateway.Url);
        client = factory.CreateClient();
        page = await TodayPage.LoadAsync(client, "/ticker/XLE");
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

    // Closes are 1..25: SMA 20 first exists at the 20th bar, (1+..+20)/20 = 10.5; at the 25th, (6+..+25)/20 = 15.5.
    [Test]
    public async Task ChartJson_IsColumnarWithSmasAndMarkers()
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/ticker/XLE/chart.json", UriKind.Relative)));
        var root = doc.RootElement;
        var sma20 = root.GetProperty("sma20").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("t").GetArrayLength(), Is.EqualTo(25));
            Assert.That(root.GetProperty("t")[0].GetString(), Is.EqualTo("2025-07-23"));
            Assert.That(root.GetProperty("c")[24].GetDouble(), Is.EqualTo(25));
            Assert.That(sma20.Take(19), Is.All.Null);
            Assert.That(sma20[19], Is.EqualTo(10.5));
            Assert.That(sma20[24], Is.EqualTo(15.5));
            Assert.That(root.GetProperty("sma50").EnumerateArray().All(e => e.ValueKind == JsonValueKind.Null), Is.True);
            Assert.That(
                root.GetProperty("markers").EnumerateArray().Select(m => m.GetProperty("code").GetString() + "@" + m.GetProperty("t").GetString()),
                Is.EqualTo(new[] { "SPRING@2025-08-20", "SOS@2025-08-25" }),
                "each event once although three snapshots list SPRING; the SC of 2025-06-30 precedes the first bar");
            Assert.That(
                root.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("phase").GetString() + "@" + p.GetProperty("t").GetString()),
                Is.EqualTo(new[] { "B@2025-08-19", "C@2025-08-20", "D@2025-08-25", "D@2025-08-26" }),
                "history-xle.json's phases on the bars' sessions; 2025-06-30 precedes the first bar");
            Assert.That(
                root.GetProperty("scores").EnumerateArray().Select(p => $"{p.GetProperty("t").GetString()} {p.GetProperty("bc").GetInt32()}/{p.GetProperty("spring").GetInt32()}"),
                Is.EqualTo(new[] { "2025-08-19 2/3", "2025-08-20 3/8", "2025-08-25 4/10", "2025-08-26 4/10" }),
                "the score history: history-xle.json's BC/Spring scores on the bars' sessions");
        });
    }

    [TestCase("/ticker/MSFT/chart.json", 404)]
    [TestCase("/ticker/xle;drop/chart.json", 404)]
    public async Task ChartJson_WithoutBarsOrInvalid_Is404(string path, int status)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public void Chart_PointsAtItsDataAndIsLabelled()
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.Attribute("//div[@id='chart']", "data-src"), Is.EqualTo("/ticker/XLE/chart.json"));
            Assert.That(page.Attribute("//div[@id='chart']", "aria-label"), Does.StartWith("XLE daily candlesticks"));
            Assert.That(page.Text("//p[@id='phase-legend']"), Does.StartWith("Wyckoff phase band (top strip)"));
        });
    }

    [TestCase("rsi14", "61.24")]
    [TestCase("sma200", "—")]
    [TestCase("hv20", "22.2 %")]
    public void Indicators_AreShown(string key, string expected) =>
        Assert.That(page.Text($"//dd[@data-indicator='{key}']"), Is.EqualTo(expected));

    [Test]
    public void Scores_ShowTheLatestSnapshot() =>
        Assert.That(page.Text("//section[@id='scores']/p[@class='summary']"), Does.StartWith("BC 4/28 · Spring 10/12 · signal ENTRY"));

    // Spot 89.5, ±10% = [80.55, 98.45]: of the 2025-10-17 strikes 80/85/90/90/100, only 85P, 90C, 90P qualify.
    [Test]
    public void Chain_DefaultsToTheFirstExpiryThirtyDaysOutWithinTheStrikeBand()
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.Attributes("//select[@id='chain-expiry']/option[@selected]", "value"), Is.EqualTo(new[] { "2025-10-17" }));
            Assert.That(page.Texts("//section[@id='chain']//tbody/tr/td[contains(@class,'strike')]"), Is.EqualTo(new[] { "85", "90", "90" }));
            Assert.That(page.Texts("//section[@id='chain']//tbody/tr/td[@class='right']"), Is.EqualTo(new[] { "put", "call", "put" }));
            Assert.That(page.Text("//tr[@data-occ='XLE251017C00090000']/td[contains(@class,'iv')]"), Is.EqualTo("25.4"));
            Assert.That(page.Text("//tr[@data-occ='XLE251017C00090000']/td[contains(@class,'gamma')]"), Is.EqualTo("0.0456"));
        });
    }

    [Test]
    public async Task Chain_OfARequestedExpiry()
    {
        var other = await TodayPage.LoadAsync(client, "/ticker/XLE?expiry=2025-09-05");

        Assert.That(other.Attributes("//section[@id='chain']//tbody/tr", "data-occ"), Is.EqualTo(new[] { "XLE250905C00088000", "XLE250905P00088000" }));
    }

    // Widths (percent of the track, an SVG rect's width) relative to the largest wall: 2500 -> 100, 1200 -> 48, 400 -> 16.
    [Test]
    public void Walls_AreBarsByStrikeScaledToTheLargest()
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.Attributes("//section[@id='walls']//li", "data-strike"), Is.EqualTo(new[] { "85", "90", "100" }));
            Assert.That(
                page.Attributes("//section[@id='walls']//li/svg[@class='bar']/rect", "width"),
                Is.EqualTo(new[] { "100", "48", "16" }));
            Assert.That(page.Text("//strong[@id='spot']"), Is.EqualTo("89.5"));
        });
    }

    // Band [80.55, 98.45] keeps 85, 88, 90 (highest first); widths (percent) relative to |60000|: 100, 33.3, 66.7.
    // Spot 89.5 is nearest 90, the flip 86.7 nearest 88 (|86.7-88| = 1.3 < |86.7-85| = 1.7); walls from dealer metrics.
    [Test]
    public void Gex_BarsByStrikeMarkWallsSpotAndFlip()
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.Attributes("//section[@id='gex']//li", "data-strike"), Is.EqualTo(new[] { "90", "88", "85" }));
            Assert.That(page.Attributes("//section[@id='gex']//li", "class"), Is.EqualTo(new[] { "positive", "positive", "negative" }));
            Assert.That(
                page.Attributes("//section[@id='gex']//li//svg[@class='bar']/rect", "width"),
                Is.EqualTo(new[] { "100", "33.3", "66.7" }));
            Assert.That(
                page.Texts("//section[@id='gex']//li/span[@class='label']"),
                Is.EqualTo(new[] { "90 · spot · call wall", "88 · flip", "85 · put wall" }));
            Assert.That(page.Text("//strong[@id='gamma-flip']"), Is.EqualTo("86.7"));
        });
    }

    [Test]
    public async Task Gex_OfATickerWithoutTheEndpointsData_SaysNotAvailable()
    {
        var other = await TodayPage.LoadAsync(client, "/ticker/MSFT");

        Assert.That(other.Text("//section[@id='gex']/p"), Does.StartWith("GEX by strike: not available yet"));
    }

    [Test]
    public async Task Chain_IsReadOncePerSessionAndCachedForRepeatedViews()
    {
        await TodayPage.LoadAsync(client, "/ticker/XLE");

        Assert.That(
            gateway.Requested.Count(r => r.StartsWith("/api/options/contracts?underlying=XLE", StringComparison.Ordinal)),
            Is.EqualTo(1));
        Assert.That(gateway.Requested, Does.Contain("/api/options/contracts?underlying=XLE&session=2025-08-26"));
    }

    [Test]
    public void Scores_AreReadForTheTickerAlone_NotForEveryTicker()
    {
        Assert.Multiple(() =>
        {
            Assert.That(gateway.Requested, Does.Contain("/api/wyckoff/snapshots/XLE"));
            Assert.That(gateway.Requested, Has.None.StartsWith("/api/wyckoff/snapshots?").And.None.EqualTo("/api/wyckoff/snapshots"));
        });
    }

    [Test]
    public async Task Scores_OfATickerWithoutASnapshot_SayNotScored()
    {
        var other = await TodayPage.LoadAsync(client, "/ticker/MSFT");

        Assert.That(other.Text("//section[@id='scores']/p"), Is.EqualTo("Not scored yet (no stored snapshot)"));
    }

    // QQQ is not in the latest dealer metrics (dealer-metrics.json lists SPY and XLE), but its own dealer-metrics row names
    // its latest chain's session (2025-08-22) and spot 89.5: the chain is cached under that session and banded around that spot.
    [Test]
    public async Task Chain_OfATickerOutsideTheLatestDealerMetrics_IsCachedByItsOwnRowsSession()
    {
        var first = await TodayPage.LoadAsync(client, "/ticker/QQQ");
        await TodayPage.LoadAsync(client, "/ticker/QQQ");

        Assert.Multiple(() =>
        {
            Assert.That(
                gateway.Requested.Where(r => r.StartsWith("/api/options/contracts?underlying=QQQ", StringComparison.Ordinal)),
                Is.EqualTo(new[] { "/api/options/contracts?underlying=QQQ&session=2025-08-22" }));
            Assert.That(first.Text("//p[@id='chain-count']"), Does.EndWith(", strikes within ±10% of spot"));
        });
    }

    [Test]
    public void EveryFormField_HasALabel() => page.AssertEveryFieldLabelled();

    [Test]
    public async Task InvalidTicker_Is404WithAPlainMessage()
    {
        using var response = await client.GetAsync(new Uri("/ticker/not-valid!", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(404));
    }
}
