using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.Execution.Tests;

/// <summary>
/// <c>GET /shadow-report</c> on real servers. The recommendations are priced on the 2025-08-26 chain; by the time the shadow orders walk,
/// the 2025-08-27 chain is stored and the paper broker fills on it. The call: 08-26 bid 2.45 / ask 2.55 (mid 2.50), 08-27 bid 2.55 / ask
/// 2.65 (mid 2.60). The paper model (mid ± 2 × 0.01, inside the quote) buys at 2.52 on 08-26 and 2.62 on 08-27, and sells at
/// max(2.45, 2.48) = 2.48 on 08-26 and max(2.55, 2.58) = 2.58 on 08-27. Walks of 0.05: the debit from 2.50 fills on the 2.65 rung at 2.62, the
/// credit from 2.50 at once at 2.58.
/// </summary>
[TestFixture]
public sealed class ShadowReportTests
{
    private const string Call = "SPY250919C00650000";
    private const string Put = "SPY250919P00630000";
    private static readonly DateOnly Expiry = new(2025, 9, 19);
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed()
    {
        bed = await ExecutionTestBed.CreateAsync();
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 2.45, 2.55, 0.45, new DateOnly(2025, 8, 26));
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 2.55, 2.65, 0.47, new DateOnly(2025, 8, 27));
        // The put is only in the later chain: the paper model cannot price its approval on 08-26.
        await bed.StoreContractAsync(Put, "SPY", "put", Expiry, 630, 1.95, 2.05, -0.35, new DateOnly(2025, 8, 27));
    }

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [Test]
    public async Task Compares_each_shadow_fill_with_the_paper_models_fill_of_its_approval_all_simulated()
    {
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:ShadowMode", "true"), ("Kapman:Execution:Walk:Step", "0.05")));
        var client = ExecutionTestBed.Client(host);
        var debit = await ApproveAndFillAsync(client, await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 2, (Call, "BUY", 2.50m)));
        var credit = await ApproveAndFillAsync(client, await bed.StoreApprovalAsync("SPY", "SHORT_CALL", -2.50m, 1, (Call, "SELL", 2.50m)));
        var put = await ApproveAndFillAsync(client, await bed.StoreApprovalAsync("SPY", "LONG_PUT", 2.00m, 1, (Put, "BUY", 2.00m)));

        var report = await client.GetFromJsonAsync<JsonElement>(new Uri("/shadow-report?from=2025-08-26&to=2025-08-26", UriKind.Relative));
        var later = await client.GetFromJsonAsync<JsonElement>(new Uri("/shadow-report?from=2025-08-27&to=2025-09-30", UriKind.Relative));

        var orders = report.GetProperty("orders").EnumerateArray().ToList();
        var summary = report.GetProperty("summary");
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("simulated").GetBoolean(), Is.True);
            Assert.That(orders.Select(o => (o.GetProperty("orderId").GetGuid(), o.GetProperty("priceType").GetString(), o.GetProperty("quantity").GetInt32(),
                    o.GetProperty("shadowPrice").GetDecimal(), o.GetProperty("paperPrice").GetDecimal(), o.GetProperty("paperAsOf").GetString(),
                    o.GetProperty("errorPerShare").GetDecimal(), o.GetProperty("errorDollars").GetDecimal(), o.GetProperty("simulated").GetBoolean())),
                Is.EqualTo(new[]
                {
                    // Debit: shadow − paper = 2.62 − 2.52 = +0.10 (the model at approval was optimistic), × 2 × 100 = $20.
                    (debit, "DEBIT", 2, 2.62m, 2.52m, "2025-08-26", 0.10m, 20.00m, true),
                    // Credit: paper − shadow = 2.48 − 2.58 = −0.10 (pessimistic), × 1 × 100 = −$10.
                    (credit, "CREDIT", 1, 2.58m, 2.48m, "2025-08-26", -0.10m, -10.00m, true),
                }));
            Assert.That(report.GetProperty("unpriced").EnumerateArray().Select(u => (u.GetProperty("orderId").GetGuid(), u.GetProperty("reason").GetString())),
                Is.EqualTo(new[] { (put, $"no usable quote for {Put}") }));
            // Mean (0.10 − 0.10) / 2 = 0; worst optimistic 0.10; total 20 − 10 = $10.
            Assert.That((summary.GetProperty("orders").GetInt32(), summary.GetProperty("meanErrorPerShare").GetDecimal(), summary.GetProperty("worstErrorPerShare").GetDecimal(),
                summary.GetProperty("totalErrorDollars").GetDecimal(), summary.GetProperty("simulated").GetBoolean()), Is.EqualTo((2, 0m, 0.10m, 10.00m, true)));
            Assert.That(later.GetProperty("orders").GetArrayLength() + later.GetProperty("unpriced").GetArrayLength(), Is.Zero, "the orders' session is 2025-08-26");
        });
    }

    [TestCase("", "2025-08-26")]
    [TestCase("2025-08-26", "26/08/2025")]
    [TestCase("2025-08-27", "2025-08-26")]
    [TestCase("2024-01-01", "2025-08-26")]
    public async Task A_missing_invalid_reversed_or_too_long_range_is_400(string from, string to)
    {
        await using var host = new ExecutionHost(bed.Settings());

        var answer = await ExecutionTestBed.Client(host).GetAsync(new Uri($"/shadow-report?from={from}&to={Uri.EscapeDataString(to)}", UriKind.Relative));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static async Task<Guid> ApproveAndFillAsync(HttpClient client, Guid recommendation)
    {
        var approved = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        var orderId = (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        var order = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)),
            o => o.GetProperty("state").GetString() is "filled" or "cancelled" or "rejected", "the shadow order to end");
        Assert.That((order.GetProperty("mode").GetString(), order.GetProperty("state").GetString()), Is.EqualTo(("SHADOW", "filled")));
        return orderId;
    }
}
