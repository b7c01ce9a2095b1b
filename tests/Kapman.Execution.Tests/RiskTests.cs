using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.Execution.Tests;

/// <summary>
/// The risk book against the real service on PostgreSQL (docs/domain/risk-book.md): <c>GET /risk</c> with beta and σ from stored bars, a
/// cap rejecting an entry with the values compared, and triggers setting the kill switch to safe mode on a fill and on new marks. Paper
/// fills with no slippage (a leg fills at its mid).
/// </summary>
[TestFixture]
public sealed class RiskTests
{
    private const string SpyCall = "SPY250919C00650000";
    private const string XyzCall = "XYZ250919C00050000";
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateOnly Expiry = new(2025, 9, 19);
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed()
    {
        bed = await ExecutionTestBed.CreateAsync();
        await bed.StoreContractAsync(SpyCall, "SPY", "call", Expiry, 650, 2.45, 2.55, 0.45, Session);
        await bed.StoreSpotAsync("SPY", Session, 640);
        await bed.StoreContractAsync(XyzCall, "XYZ", "call", Expiry, 50, 1.15, 1.25, 0.52, Session);
        await bed.StoreSpotAsync("XYZ", Session, 50);
    }

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [Test]
    public async Task Get_risk_reports_the_book_with_beta_and_volatility_from_the_stored_bars()
    {
        // Hand-made closes (see Kapman.Execution.Core.Tests ReturnStatisticsTests): SPY log returns 0.01, −0.02, 0.03 and XYZ 0.02, 0.01, 0,
        // so beta(XYZ) = −0.0002 ÷ 0.00126667 = −3/19 and σ_day(XYZ) = √((0.01² + 0 + 0.01²) ÷ 2) = 0.01.
        double spy = 600, xyz = 48;
        var spyReturns = new[] { 0.01, -0.02, 0.03 };
        var xyzReturns = new[] { 0.02, 0.01, 0.0 };
        await bed.StoreCloseAsync("SPY", Session.AddDays(-3), spy);
        await bed.StoreCloseAsync("XYZ", Session.AddDays(-3), xyz);
        for (var i = 0; i < 3; i++)
        {
            spy *= Math.Exp(spyReturns[i]);
            xyz *= Math.Exp(xyzReturns[i]);
            await bed.StoreCloseAsync("SPY", Session.AddDays(i - 2), spy);
            await bed.StoreCloseAsync("XYZ", Session.AddDays(i - 2), xyz);
        }

        var approval = await bed.StoreApprovalAsync("XYZ", "LONG_CALL", 1.20m, 2, (XyzCall, "BUY", 1.20m));
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:Paper:SlippageTicks", "0"),
            ("Kapman:Execution:Risk:MinimumSessions", "2"), ("Kapman:Execution:Risk:VolatilityWindowSessions", "3")));
        var client = ExecutionTestBed.Client(host);
        var order = await OrderIdAsync(await client.PostAsJsonAsync(new Uri($"/approvals/{approval}", UriKind.Relative), new { }));
        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, order), s => s == "filled", "the XYZ entry to fill");

        var risk = await client.GetFromJsonAsync<JsonElement>(new Uri("/risk", UriKind.Relative));
        var positions = await client.GetFromJsonAsync<JsonElement>(new Uri("/positions", UriKind.Relative));
        var book = risk.GetProperty("book");
        var u = book.GetProperty("underlyings").EnumerateArray().Single();
        var delta = u.GetProperty("deltaShares").GetDouble();
        var gamma = u.GetProperty("gammaSharesPerDollar").GetDouble();
        var scenarios = u.GetProperty("scenarios").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("pnl").GetDouble());
        var journal = await bed.ScalarAsync<string>("SELECT text FROM journal WHERE kind = 'RISK' AND order_id = @order", new { order });
        await TestContext.Out.WriteLineAsync($"GET /risk: {risk}");

        Assert.Multiple(() =>
        {
            Assert.That(risk.GetProperty("model").GetString(), Does.Contain("black-scholes"));
            Assert.That(risk.GetProperty("marksAsOf").GetString(), Is.EqualTo("2025-08-26"));
            Assert.That(u.GetProperty("underlying").GetString(), Is.EqualTo("XYZ"));
            Assert.That(u.GetProperty("betaSource").GetString(), Is.EqualTo("bars"));
            Assert.That(u.GetProperty("beta").GetDouble(), Is.EqualTo(-3.0 / 19.0).Within(1e-9));
            Assert.That(u.GetProperty("volatilitySource").GetString(), Is.EqualTo("bars"));
            Assert.That(u.GetProperty("dailyVolatility").GetDouble(), Is.EqualTo(0.01).Within(1e-9));
            // 2 near-the-money calls: about 100 shares of delta, long gamma and vega, short theta.
            Assert.That(delta, Is.InRange(90.0, 130.0));
            Assert.That(gamma, Is.Positive);
            Assert.That(u.GetProperty("thetaDollarsPerDay").GetDouble(), Is.Negative);
            // Gamma, theta and vega are the position page's (the same model at the same implied volatility).
            Assert.That(gamma, Is.EqualTo(positions[0].GetProperty("netGamma").GetDouble()).Within(1e-9));
            Assert.That(u.GetProperty("vegaDollarsPerVolPoint").GetDouble(), Is.EqualTo(positions[0].GetProperty("netVega").GetDouble()).Within(1e-9));
            Assert.That(u.GetProperty("betaWeightedDeltaDollars").GetDouble(), Is.EqualTo(delta * 50 * (-3.0 / 19.0)).Within(1e-6));
            // VaR 99 % = |Δ × δS| + ½ |Γ| δS² with δS = 50 × 0.01 × 2.326 = 1.163.
            Assert.That(u.GetProperty("var99").GetDouble(), Is.EqualTo(Math.Abs(delta * 1.163) + (0.5 * gamma * 1.163 * 1.163)).Within(1e-6));
            Assert.That(scenarios["spot -5%"], Is.Negative);
            Assert.That(scenarios["spot +5%"], Is.Positive);
            Assert.That(scenarios["vol +5"], Is.Positive);
            Assert.That(book.GetProperty("total").GetProperty("lossDown5").GetDouble(), Is.EqualTo(-scenarios["spot -5%"]).Within(1e-9));
            Assert.That(book.GetProperty("unpricedHoldings").GetInt32(), Is.Zero);
            Assert.That(risk.GetProperty("caps").GetArrayLength(), Is.EqualTo(3));
            // The verdict compared the empty book with the order filled at the same marks: the delta now, against the default caps.
            Assert.That(journal, Does.StartWith(FormattableString.Invariant($"risk caps passed: |beta-weighted delta $| {Math.Abs(delta * 50 * 3 / 19):N2} <= cap 250,000.00 (book now 0.00); VaR 99% $ ")));
        });
    }

    [Test]
    public async Task A_cap_rejects_an_entry_with_the_values_compared_in_its_journal()
    {
        var approval = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 2, (SpyCall, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:Risk:Caps:MaxAbsBetaWeightedDeltaDollars", "10000")));
        var client = ExecutionTestBed.Client(host);
        var order = await OrderIdAsync(await client.PostAsJsonAsync(new Uri($"/approvals/{approval}", UriKind.Relative), new { }));

        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, order), s => s == "rejected", "the entry to be rejected");
        var detail = await client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{order}", UriKind.Relative));
        var reason = detail.GetProperty("transitions").EnumerateArray().Last().GetProperty("reason").GetString();
        var journal = await bed.RowsAsync<string>("SELECT text FROM journal WHERE order_id = @order ORDER BY at", new { order });
        var rungs = await bed.ScalarAsync<long>("SELECT count(*) FROM walk_steps WHERE order_id = @order", new { order });
        var positions = await client.GetFromJsonAsync<JsonElement>(new Uri("/positions", UriKind.Relative));

        Assert.Multiple(() =>
        {
            // 2 calls of delta about 0.45: about 90 shares × $640 ≈ $58 000 of SPY delta (beta 1), over the $10 000 cap.
            Assert.That(reason, Does.Match(@"^risk cap: \|beta-weighted delta \$\| [0-9,]+\.\d\d > cap 10,000\.00 \(book now 0\.00\)$"));
            Assert.That(journal[^1], Does.Contain("new -> rejected").And.Contain("risk cap: |beta-weighted delta $|"));
            Assert.That(rungs, Is.Zero, "nothing reached the broker");
            Assert.That(positions.GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task A_fill_that_breaches_a_trigger_sets_safe_mode()
    {
        var approval = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (SpyCall, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:Paper:SlippageTicks", "0"),
            ("Kapman:Execution:Risk:Caps:MaxVar99Dollars", ""), ("Kapman:Execution:Risk:Triggers:MaxVar99Dollars", "1"),
            ("Kapman:Execution:Risk:CheckIntervalMs", "3600000")));
        var client = ExecutionTestBed.Client(host);
        var order = await OrderIdAsync(await client.PostAsJsonAsync(new Uri($"/approvals/{approval}", UriKind.Relative), new { }));
        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, order), s => s == "filled", "the entry to fill");

        var state = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri("/kill-switch", UriKind.Relative)), s => s.GetProperty("mode").GetString() == "safe_mode", "safe mode");
        var events = await bed.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE message_type = 'Kapman.Contracts.KillSwitchChanged'");
        var line = await bed.ScalarAsync<string>("SELECT text FROM journal WHERE kind = 'KILL_SWITCH'");

        Assert.Multiple(() =>
        {
            Assert.That(state.GetProperty("changedBy").GetString(), Is.EqualTo("risk"));
            Assert.That(state.GetProperty("reason").GetString(), Does.Match(@"^risk trigger: VaR 99% \$ [0-9,]+\.\d\d > trigger 1\.00"));
            Assert.That(events, Is.EqualTo(1));
            Assert.That(line, Does.StartWith("normal -> safe_mode by risk (RiskLimitBreached): risk trigger: VaR 99%"));
        });
    }

    [Test]
    public async Task New_marks_that_breach_a_trigger_set_safe_mode()
    {
        var approval = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (SpyCall, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:Paper:SlippageTicks", "0"),
            ("Kapman:Execution:Risk:Caps:MaxAbsBetaWeightedDeltaDollars", "40000"), ("Kapman:Execution:Risk:Triggers:MaxAbsBetaWeightedDeltaDollars", "40000"),
            ("Kapman:Execution:Risk:CheckIntervalMs", "100")));
        var client = ExecutionTestBed.Client(host);
        var order = await OrderIdAsync(await client.PostAsJsonAsync(new Uri($"/approvals/{approval}", UriKind.Relative), new { }));
        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, order), s => s == "filled", "the entry to fill");
        var calm = await client.GetFromJsonAsync<JsonElement>(new Uri("/kill-switch", UriKind.Relative));

        // The next session: SPY up to 690, the 650 call deep in the money (delta near 1: about 100 × 690 ≈ $69 000 > $40 000).
        await bed.StoreContractAsync(SpyCall, "SPY", "call", Expiry, 650, 41.70, 42.10, 0.95, Session.AddDays(1));
        await bed.StoreSpotAsync("SPY", Session.AddDays(1), 690);
        var state = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri("/kill-switch", UriKind.Relative)), s => s.GetProperty("mode").GetString() == "safe_mode", "safe mode");

        Assert.Multiple(() =>
        {
            Assert.That(calm.GetProperty("mode").GetString(), Is.EqualTo("normal"), "about $29 000 of delta after the fill: under the trigger");
            Assert.That(state.GetProperty("changedBy").GetString(), Is.EqualTo("risk"));
            Assert.That(state.GetProperty("reason").GetString(), Does.Match(@"^risk trigger: \|beta-weighted delta \$\| [0-9,]+\.\d\d > trigger 40,000\.00"));
        });
    }

    private static async Task<Guid> OrderIdAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
    }

    private static async Task<string> StateAsync(HttpClient client, Guid order) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{order}", UriKind.Relative))).GetProperty("state").GetString()!;
}
