using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// The execution pages against <see cref="StubExecution"/>: orders, an order's detail, positions and the journal with
/// the "simulated"/"modelled" labels on every figure that is not a real market price; approvals and the kill switch
/// through form posts checked against the operator's key; the kill switch's mode on every page.
/// </summary>
[TestFixture]
public sealed class ExecutionPagesTests
{
    private const string Key = "execution-key";

    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;

    [SetUp]
    public async Task Start()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay, allHealthy: true);
        factory = new KapmanWebFactory(gateway.Url, apiKey: Key);
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [TearDown]
    public async Task Stop()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await gateway.DisposeAsync();
    }

    [Test]
    public async Task Orders_ListStateAndMode_AndLabelOnlyTheSimulatedOrder()
    {
        var page = await TodayPage.LoadAsync(client, "/orders");

        const string Aapl = "//tr[@data-order='5a0e0000-0000-4000-8000-000000000001']";
        const string Msft = "//tr[@data-order='5a0e0000-0000-4000-8000-000000000002']";
        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//table[@class='orders']/tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "AAPL", "MSFT" }));
            Assert.That(page.Text(Aapl + "/td[@class='state']"), Is.EqualTo("filled"));
            Assert.That(page.Text(Aapl + "/td[@class='mode']"), Is.EqualTo("PAPER simulated"));
            Assert.That(page.Text(Aapl + "/td[@class='filled num']"), Is.EqualTo("2 / 2"));
            Assert.That(page.Text(Aapl + "/td[@class='fill num']"), Is.EqualTo("3.10 simulated"));
            Assert.That(page.Text(Msft + "/td[@class='state']"), Is.EqualTo("working"));
            Assert.That(page.Text(Msft + "/td[@class='mode']"), Is.EqualTo("LIVE"));
            Assert.That(page.Text(Msft + "/td[@class='fill num']"), Is.EqualTo("—"));
            Assert.That(page.Texts(Msft + "//span[contains(@class,'label')]"), Is.Empty);
            Assert.That(page.Text("//p[@id='trading-mode']"), Is.EqualTo("Trading mode PAPER (live trading not enabled)"));
            Assert.That(page.Attribute(Aapl + "//td[@class='link']/a", "href"), Is.EqualTo("/orders/5a0e0000-0000-4000-8000-000000000001"));
        });
    }

    [Test]
    public async Task OrderDetail_ShowsLegsTransitionsWalkStepsAndLabelledFills()
    {
        var page = await TodayPage.LoadAsync(client, "/orders/5a0e0000-0000-4000-8000-000000000001");

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//dd[@data-field='mode']"), Is.EqualTo("PAPER simulated"));
            Assert.That(page.Text("//dd[@data-field='average-fill']"), Is.EqualTo("3.10 simulated"));
            Assert.That(page.Texts("//section[@id='legs']//tbody/tr/td"), Is.EqualTo(new[] { "BUY", "AAPL250919P00220000", "1", "OPEN" }));
            Assert.That(page.Texts("//section[@id='transitions']//tbody/tr/td[@class='to']"), Is.EqualTo(new[] { "working", "filled" }));
            Assert.That(page.Texts("//section[@id='transitions']//tbody/tr/td[@class='reason']"), Is.EqualTo(new[] { "paper broker accepted", "filled at walk step 1" }));
            Assert.That(page.Texts("//section[@id='walk']//tbody/tr/td[@class='num price']"), Is.EqualTo(new[] { "3.05", "3.10" }));
            Assert.That(page.Texts("//section[@id='walk']//tbody/tr/td[@class='outcome']"), Is.EqualTo(new[] { "no fill simulated", "filled simulated" }));
            Assert.That(page.Texts("//section[@id='fills']//tbody/tr/td[@class='num price']"), Is.EqualTo(new[] { "3.10 simulated" }));
            Assert.That(page.Texts("//section[@id='fills']//tbody/tr/td[@class='num commission']"), Is.EqualTo(new[] { "$1.30" }));
            Assert.That(page.Texts("//form[contains(@class,'cancel')]"), Is.Empty, "a filled order cannot be cancelled");
        });
    }

    [Test]
    public async Task OrderDetail_OfARealOrder_HasNoLabel()
    {
        var page = await TodayPage.LoadAsync(client, "/orders/5a0e0000-0000-4000-8000-000000000002");

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//main//span[contains(@class,'label')]"), Is.Empty);
            Assert.That(page.Texts("//section[@id='walk']//tbody/tr/td[@class='outcome']"), Is.EqualTo(new[] { "no fill" }));
            Assert.That(page.Texts("//section[@id='fills']//p"), Is.EqualTo(new[] { "No fills" }));
            Assert.That(page.Texts("//section[@id='legs']//tbody/tr/td[@class='side']"), Is.EqualTo(new[] { "BUY", "SELL" }));
        });
    }

    [Test]
    public async Task OrderDetail_OfAWorkingOrder_OffersCancel_WhichPostsWithTheWebsKey()
    {
        var page = await TodayPage.LoadAsync(client, "/orders/5a0e0000-0000-4000-8000-000000000002");
        Assert.That(page.Attribute("//form[contains(@class,'cancel')]", "action"), Is.EqualTo("/orders/5a0e0000-0000-4000-8000-000000000002/cancel"));

        var location = await PostAsync("/orders/5a0e0000-0000-4000-8000-000000000002/cancel");

        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo("/orders/5a0e0000-0000-4000-8000-000000000002?done=cancel%20requested"));
            Assert.That(gateway.Execution.Posts, Is.EqualTo(new[] { "POST /orders/5a0e0000-0000-4000-8000-000000000002/cancel " }));
            Assert.That(gateway.Execution.KeysSeen, Is.EqualTo(new[] { Key }));
        });
    }

    [Test]
    public async Task UnknownOrder_SaysSo()
    {
        var page = await TodayPage.LoadAsync(client, "/orders/5a0e0000-0000-4000-8000-0000000000ff");

        Assert.That(page.Text("//p[@id='order-problem']"), Is.EqualTo("No such order"));
    }

    /// <summary>
    /// AAPL is simulated and marked by a model: (2.45 − 3.10) × 2 contracts × 100 = −$130.00 unrealised; MSFT is real and
    /// marked from the stored chain: (8.05 − (12.40 − 5.10)) × 1 × 100 = +$75.00. Totals −$55.00 and +$42.50.
    /// </summary>
    [Test]
    public async Task Positions_LabelEveryModelledOrSimulatedFigure_AndNoRealOne()
    {
        var page = await TodayPage.LoadAsync(client, "/positions");

        const string Aapl = "//tr[@data-position='g-aapl-1']";
        const string Msft = "//tr[@data-position='g-msft-2']";
        Assert.Multiple(() =>
        {
            Assert.That(page.Text(Aapl + "/td[@class='mark num']"), Is.EqualTo("2.45 modelled"));
            Assert.That(page.Text(Aapl + "/td[@class='mark-source']"), Is.EqualTo("model · 2025-08-27 20:00:00 UTC"));
            Assert.That(page.Text(Aapl + "/td[@class='unrealized num']"), Is.EqualTo("-$130.00 simulated modelled"));
            Assert.That(page.Text(Aapl + "/td[@class='realized num']"), Is.EqualTo("$0.00 simulated"));
            Assert.That(page.Text(Aapl + "/td[@class='legs']"), Is.EqualTo("AAPL250919P00220000 2 @ 3.10 simulated"));
            Assert.That(page.Texts(Aapl + "/td[@class='delta num' or @class='gamma num' or @class='theta num' or @class='vega num']"),
                Is.EqualTo(new[] { "-70.00 modelled", "0.0412 modelled", "-9.80 modelled", "44.20 modelled" }));
            Assert.That(page.Text(Msft + "/td[@class='mark num']"), Is.EqualTo("8.05"));
            Assert.That(page.Text(Msft + "/td[@class='unrealized num']"), Is.EqualTo("+$75.00"));
            Assert.That(page.Text(Msft + "/td[@class='realized num']"), Is.EqualTo("+$42.50"));
            Assert.That(page.Text(Msft + "/td[@class='legs']"), Is.EqualTo("MSFT250919C00500000 1 @ 12.40 MSFT250919C00520000 -1 @ 5.10"));
            Assert.That(page.Texts(Msft + "//span[contains(@class,'label')]"), Is.Empty, "no label on a real figure");
            Assert.That(page.Text("//tr[@id='positions-total']/td[@class='unrealized num']"), Is.EqualTo("-$55.00 simulated modelled"));
            Assert.That(page.Text("//tr[@id='positions-total']/td[@class='realized num']"), Is.EqualTo("+$42.50 simulated"));
        });
    }

    [Test]
    public async Task Journal_ListsTheLinesWithOrderLinks()
    {
        var page = await TodayPage.LoadAsync(client, "/journal");

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='journal']//tbody/tr/td[@class='kind']"), Is.EqualTo(new[] { "ORDER", "FILL", "KILL SWITCH" }));
            Assert.That(page.Texts("//section[@id='journal']//tbody/tr/td[@class='text']")[1], Is.EqualTo("2 AAPL250919P00220000 @ 3.10 (simulated)"));
            Assert.That(page.Attributes("//section[@id='journal']//td[@class='order']/a", "href"),
                Is.EqualTo(new[] { "/orders/5a0e0000-0000-4000-8000-000000000002", "/orders/5a0e0000-0000-4000-8000-000000000001" }));
        });
    }

    [Test]
    public async Task Approvals_ListPendingWithAnApproveForm_AndDecidedWithTheirOrder()
    {
        var page = await TodayPage.LoadAsync(client, "/approvals");

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='pending']//tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "TSLA", "NVDA" }));
            Assert.That(page.Texts("//section[@id='pending']//tbody/tr/td[@class='limit num']"), Is.EqualTo(new[] { "9.80", "3.45" }));
            Assert.That(page.Attributes("//section[@id='pending']//form", "action"), Is.EqualTo(new[]
            {
                $"/approvals/{StubExecution.TslaRecommendation}/approve", $"/approvals/{StubExecution.NvdaRecommendation}/approve",
            }));
            Assert.That(page.Texts("//section[@id='decided']//tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "AAPL" }));
            Assert.That(page.Text("//section[@id='decided']//td[@class='action']"), Is.EqualTo(StubExecution.AaplOrder.ToString()));
        });
        page.AssertEveryFieldLabelled();
    }

    [Test]
    public async Task Approve_PostsWithTheWebsKey_AndShowsTheOrderId_TheSameOneTwice()
    {
        var location = await PostAsync($"/approvals/{StubExecution.TslaRecommendation}/approve", ("quantity", ""));
        var again = await PostAsync($"/approvals/{StubExecution.TslaRecommendation}/approve", ("quantity", "2"));

        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo($"/approvals?approved={StubExecution.TslaRecommendation}&order={StubExecution.TslaOrder}"));
            Assert.That(again, Is.EqualTo(location), "approving twice names the same order");
            Assert.That(gateway.Execution.Posts, Is.EqualTo(new[]
            {
                $"POST /approvals/{StubExecution.TslaRecommendation} {{}}", $"POST /approvals/{StubExecution.TslaRecommendation} {{\"quantity\":2}}",
            }));
            Assert.That(gateway.Execution.KeysSeen, Is.EqualTo(new[] { Key, Key }));
        });
        var page = await TodayPage.LoadAsync(client, location);
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//p[@id='approval-result']"), Is.EqualTo($"Approved 1c1c1c1c: order {StubExecution.TslaOrder}"));
            Assert.That(page.Attribute("//p[@id='approval-result']/a", "href"), Is.EqualTo($"/orders/{StubExecution.TslaOrder}"));
            Assert.That(page.Texts("//section[@id='pending']//tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "NVDA" }));
        });
    }

    [Test]
    public async Task Approve_WithAWrongKey_ChangesNothingAndNeverCallsTheApi()
    {
        var location = await PostAsync($"/approvals/{StubExecution.TslaRecommendation}/approve", ("apiKey", "guess"));

        var page = await TodayPage.LoadAsync(client, location);
        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo("/approvals?error=wrong%20API%20key"));
            Assert.That(gateway.Execution.Posts, Is.Empty);
            Assert.That(page.Text("//p[@id='approval-result']"), Is.EqualTo("Not done: wrong API key"));
            Assert.That(page.Texts("//section[@id='pending']//tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "TSLA", "NVDA" }));
        });
    }

    [TestCase("0")]
    [TestCase("51")]
    [TestCase("1.5")]
    [TestCase("-1")]
    public async Task Approve_WithABadQuantity_IsRefusedBeforeTheApi(string quantity)
    {
        var location = await PostAsync($"/approvals/{StubExecution.TslaRecommendation}/approve", ("quantity", quantity));

        Assert.Multiple(() =>
        {
            Assert.That(Uri.UnescapeDataString(location), Is.EqualTo("/approvals?error=the quantity must be a whole number from 1 to 50"));
            Assert.That(gateway.Execution.Posts, Is.Empty);
        });
    }

    [Test]
    public async Task Approve_WhileTheKillSwitchIsSafeMode_ShowsTheServicesProblemDetail()
    {
        gateway.Execution.SetKillSwitch("safe_mode", "drawdown 5%");

        var location = await PostAsync($"/approvals/{StubExecution.NvdaRecommendation}/approve");

        var page = await TodayPage.LoadAsync(client, location);
        Assert.That(page.Text("//p[@id='approval-result']"), Is.EqualTo("Not done: execution service answered HTTP 409: the kill switch is safe_mode: drawdown 5%"));
    }

    [Test]
    public async Task Approve_AnUnknownRecommendation_Says404WithTheDetail()
    {
        var location = await PostAsync("/approvals/9f9f9f9f-0000-4000-8000-000000000009/approve");

        Assert.That(Uri.UnescapeDataString(location), Is.EqualTo("/approvals?error=execution service answered HTTP 404: no such recommendation"));
    }

    [TestCase("/")]
    [TestCase("/portfolios")]
    [TestCase("/orders")]
    [TestCase("/ops")]
    public async Task EveryPage_ShowsTheKillSwitchMode_NormalWithoutABanner(string path)
    {
        var page = await TodayPage.LoadAsync(client, path);

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//p[@id='kill-switch']"), Is.EqualTo("Kill switch: normal"));
            Assert.That(page.Attributes("//p[@id='kill-switch']", "role"), Is.EqualTo(new[] { string.Empty }));
        });
    }

    [TestCase("safe_mode", "/")]
    [TestCase("hard_stop", "/")]
    [TestCase("safe_mode", "/watchlists")]
    public async Task NotNormal_ShowsABannerOnEveryPage(string mode, string path)
    {
        gateway.Execution.SetKillSwitch(mode, "VIX above 40");

        var page = await TodayPage.LoadAsync(client, path);

        Assert.Multiple(() =>
        {
            Assert.That(page.Attribute("//p[@id='kill-switch']", "role"), Is.EqualTo("alert"));
            Assert.That(page.Attribute("//p[@id='kill-switch']", "class"), Is.EqualTo($"kill-switch banner {mode.Replace('_', '-')}"));
            Assert.That(page.Text("//p[@id='kill-switch']/strong"), Is.EqualTo(mode));
            Assert.That(page.Text("//p[@id='kill-switch']/span[@class='why']"), Is.EqualTo("VIX above 40 (since 2025-08-27 13:00:00 UTC by drawdown trigger)"));
        });
    }

    [Test]
    public async Task ExecutionDown_EveryPageStillRenders_WithTheModeUnknown()
    {
        gateway.Execution.Down = true;

        var today = await TodayPage.LoadAsync(client, "/");
        var orders = await TodayPage.LoadAsync(client, "/orders");
        var positions = await TodayPage.LoadAsync(client, "/positions");
        var approvals = await TodayPage.LoadAsync(client, "/approvals");
        var killSwitch = await TodayPage.LoadAsync(client, "/kill-switch");

        Assert.Multiple(() =>
        {
            Assert.That(today.Text("//p[@id='kill-switch']"), Is.EqualTo("Kill switch: unknown (execution service unreachable)"));
            Assert.That(today.Text("//h1"), Is.EqualTo("Today"));
            Assert.That(orders.Text("//p[@id='orders-problem']"), Is.EqualTo("Orders: not available (execution service unreachable)"));
            Assert.That(positions.Text("//p[@id='positions-problem']"), Is.EqualTo("Positions: not available (execution service unreachable)"));
            Assert.That(positions.Text("//p[@id='kill-switch']/strong"), Is.EqualTo("unknown"));
            Assert.That(approvals.Text("//p[@id='approvals-problem']"), Is.EqualTo("Approvals: not available (execution service unreachable)"));
            Assert.That(killSwitch.Text("//p[@id='kill-switch-problem']"), Is.EqualTo("Mode unknown (execution service unreachable)"));
            Assert.That(killSwitch.Attributes("//form[@action='/kill-switch/set']", "method"), Is.EqualTo(new[] { "post" }), "the form stays: a hard stop must be sendable");
        });
    }

    [Test]
    public async Task KillSwitch_SetSafeModeThenReset_WithTheKeyAndAReason()
    {
        var safe = await PostAsync("/kill-switch/set", ("mode", "safe_mode"), ("reason", "  broker outage  "));
        var stopped = await TodayPage.LoadAsync(client, "/");
        var reset = await PostAsync("/kill-switch/set", ("mode", "reset"), ("reason", "broker back"));
        var page = await TodayPage.LoadAsync(client, reset);

        Assert.Multiple(() =>
        {
            Assert.That(Uri.UnescapeDataString(safe), Is.EqualTo("/kill-switch?done=safe_mode sent; the switch is now safe_mode"));
            Assert.That(stopped.Text("//p[@id='kill-switch']/strong"), Is.EqualTo("safe_mode"));
            Assert.That(page.Text("//p[@id='kill-switch-result']"), Is.EqualTo("reset sent; the switch is now normal"));
            Assert.That(page.Text("//dd[@data-field='mode']"), Is.EqualTo("normal"));
            Assert.That(page.Text("//dd[@data-field='reason']"), Is.EqualTo("broker back"));
            Assert.That(gateway.Execution.Posts, Is.EqualTo(new[]
            {
                """POST /kill-switch {"mode":"safe_mode","reason":"broker outage"}""", """POST /kill-switch {"mode":"reset","reason":"broker back"}""",
            }));
            Assert.That(gateway.Execution.KeysSeen, Is.EqualTo(new[] { Key, Key }));
        });
        page.AssertEveryFieldLabelled();
    }

    [TestCase("normal", "x", "choose safe_mode, hard_stop or reset")]
    [TestCase("hard_stop", " ", "give a reason of 1-500 characters")]
    [TestCase("safe_mode", null, "give a reason of 1-500 characters")]
    public async Task KillSwitch_RefusesABadModeOrReason_BeforeTheApi(string mode, string? reason, string error)
    {
        (string, string)[] fields = reason is null ? [("mode", mode)] : [("mode", mode), ("reason", reason)];

        var location = await PostAsync("/kill-switch/set", fields);

        Assert.Multiple(() =>
        {
            Assert.That(Uri.UnescapeDataString(location), Is.EqualTo("/kill-switch?error=" + error));
            Assert.That(gateway.Execution.Posts, Is.Empty);
        });
    }

    [Test]
    public async Task KillSwitch_WithAWrongKey_ChangesNothing()
    {
        var location = await PostAsync("/kill-switch/set", ("mode", "hard_stop"), ("reason", "test"), ("apiKey", Key + "x"));

        var page = await TodayPage.LoadAsync(client, "/");
        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo("/kill-switch?error=wrong%20API%20key"));
            Assert.That(gateway.Execution.Posts, Is.Empty);
            Assert.That(page.Text("//p[@id='kill-switch']/strong"), Is.EqualTo("normal"));
        });
    }

    [Test]
    public async Task WithoutAKeyInTheEnvironment_EveryPostIsRefused()
    {
        await using var keyless = new KapmanWebFactory(gateway.Url);
        using var browser = keyless.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent([new("apiKey", "")]);

        using var response = await browser.PostAsync(new Uri($"/approvals/{StubExecution.TslaRecommendation}/approve", UriKind.Relative), form);

        Assert.Multiple(() =>
        {
            Assert.That(Uri.UnescapeDataString(response.Headers.Location!.OriginalString),
                Is.EqualTo("/approvals?error=changes are disabled: the web has no KAPMAN_API_KEY in its environment"));
            Assert.That(gateway.Execution.Posts, Is.Empty);
        });
    }

    private async Task<string> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        var all = fields.Any(f => f.Name == "apiKey") ? fields : [.. fields, ("apiKey", Key)];
        using var form = new FormUrlEncodedContent(all.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);
        Assert.That((int)response.StatusCode, Is.EqualTo(302), path);
        return response.Headers.Location!.OriginalString;
    }
}
