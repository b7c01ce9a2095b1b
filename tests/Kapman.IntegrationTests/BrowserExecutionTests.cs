using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// Issue 18 on the real suite: a recommendation for SPY naming a real contract of the stored 2025-08-26 chain is approved in
/// the web UI; execution's paper broker walks the limit against that chain and fills; the Positions page shows the position
/// with its P&amp;L, labelled simulated. On the real data no session with a stored chain issues a recommendation (SPY
/// 2025-08-26, MSFT and TSM 2026-07-28 and AAPL 2026-06-29 all read "no signal"), so the test publishes the
/// <c>RecommendationIssued</c> v2 event on the suite's broker as the recommendation service would, for the stored chain's
/// call nearest 0.50 delta in the 30-90 day window (the long-call rule of docs/domain/recommendations.md). Everything
/// after the event is the suite's own code: bus, execution, paper broker, web and gateway.
/// </summary>
public class BrowserExecutionTests : BrowserPageTest
{
    // The paper fill model's defaults (docs/domain/execution.md#paper-fills): a leg fills at mid + 2 penny ticks, at a limit at
    // or above that; commission $0.65 per contract. The walk starts at the recommendation's limit and steps $0.01.
    private const decimal SlippageDollars = 0.02m;

    internal const string CallSql = """
        SELECT occ_symbol, expiration, strike, bid, ask FROM options_api.contracts_v1
        WHERE underlying = 'SPY' AND as_of = @session AND option_right = 'call' AND bid > 0 AND ask > bid
          AND expiration BETWEEN @session::date + 30 AND @session::date + 90 AND delta IS NOT NULL
          AND round((bid + ask)::numeric * 100) % 2 = 0
        ORDER BY abs(delta - 0.5), open_interest DESC, occ_symbol
        LIMIT 1
        """;

    [Test]
    public async Task Approving_a_spy_recommendation_in_the_web_walks_and_fills_a_paper_order_and_positions_show_its_pnl()
    {
        var session = TestData.Session;
        await using var connection = await Suite.Db.OpenConnectionAsync();
        var call = await connection.QuerySingleAsync<(string Occ, DateTime Expiration, double Strike, double Bid, double Ask)>(CallSql, new { session });
        var mid = Math.Round(((decimal)call.Bid + (decimal)call.Ask) / 2, 2);
        var recommendationId = Guid.NewGuid();
        await PublishRecommendationAsync(recommendationId, session, call.Occ, DateOnly.FromDateTime(call.Expiration), call.Strike, mid);
        await WaitForApprovalAsync(recommendationId);

        var page = await NewPageAsync();
        await page.GotoAsync("/approvals");
        var row = page.Locator($"tr[data-recommendation='{recommendationId}']");
        await row.GetByLabel("API key").FillAsync(Suite.ApiKey);
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve SPY" }).ClickAsync();
        await Assertions.Expect(page.Locator("#approval-result")).ToContainTextAsync($"Approved {recommendationId.ToString("D")[..8]}: order");
        var orderId = Guid.Parse((await page.Locator("#approved-order").TextContentAsync())!);

        var order = await WaitForOrderAsync(orderId, "filled", TimeSpan.FromMinutes(2));
        var walk = order.GetProperty("walkSteps").EnumerateArray().Select(s => s.GetProperty("price").GetDecimal()).ToList();
        var fill = order.GetProperty("fills").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(order.GetProperty("mode").GetString(), Is.EqualTo("PAPER"));
            Assert.That(walk, Is.EqualTo(new[] { mid, mid + 0.01m, mid + 0.02m }), "the limit walks up a cent a step from the mid until it meets mid + 2 ticks");
            Assert.That(fill.GetProperty("occSymbol").GetString(), Is.EqualTo(call.Occ));
            Assert.That(fill.GetProperty("price").GetDecimal(), Is.EqualTo(mid + SlippageDollars));
            Assert.That(fill.GetProperty("commission").GetDecimal(), Is.EqualTo(0.65m));
            Assert.That(fill.GetProperty("simulated").GetBoolean(), Is.True);
        });
        await ScreenshotAsync(page, "execution-real-approved.png");

        var position = (await ApiAsync("/api/execution/positions")).EnumerateArray()
            .Single(p => p.GetProperty("legs").EnumerateArray().Any(l => l.GetProperty("occSymbol").GetString() == call.Occ));
        // Marked at the stored chain's mid, one contract held at mid + 0.02: (mid − (mid + 0.02)) × 1 × 100 = −$2.00.
        Assert.That(position.GetProperty("unrealizedPnl").GetDecimal(), Is.EqualTo(-2.00m));
        Assert.That(position.GetProperty("markSource").GetString(), Is.EqualTo("stored-chain"));

        await page.GotoAsync("/positions");
        var shown = page.Locator($"tr[data-position='{position.GetProperty("positionId").GetString()}']");
        await Assertions.Expect(shown.Locator("td.ticker")).ToHaveTextAsync("SPY");
        await Assertions.Expect(shown.Locator("td.unrealized")).ToContainTextAsync("-$2.00");
        await Assertions.Expect(shown.Locator("td.unrealized .label.simulated")).ToHaveCountAsync(1);
        await Assertions.Expect(shown).ToHaveAttributeAsync("data-mark-source", "stored-chain");
        await ScreenshotAsync(page, "execution-real-positions.png");
    }

    /// <summary>Publishes RecommendationIssued v2 (one long call at <paramref name="limit"/>) to its exchange, as MassTransit would.</summary>
    internal static async Task PublishRecommendationAsync(Guid id, DateOnly session, string occ, DateOnly expiration, double strike, decimal limit)
    {
        var iso = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var message = new JsonObject
        {
            ["runId"] = Guid.NewGuid().ToString(),
            ["sessionDate"] = iso(session),
            ["recommendationId"] = id.ToString(),
            ["ticker"] = "SPY",
            ["strategy"] = "LONG_CALL",
            ["legs"] = new JsonArray(new JsonObject
            {
                ["occSymbol"] = occ, ["side"] = "BUY", ["ratio"] = 1, ["limitPrice"] = (double)limit,
                ["expiration"] = iso(expiration), ["strike"] = strike, ["right"] = "call",
            }),
            ["netLimitPrice"] = (double)limit,
            ["contracts"] = 1,
            ["expiration"] = iso(expiration),
            ["dte"] = expiration.DayNumber - session.DayNumber,
            ["schemaVersion"] = 2,
        };
        var envelope = new JsonObject
        {
            ["messageId"] = Guid.NewGuid().ToString(),
            ["messageType"] = new JsonArray("urn:message:Kapman.Contracts:RecommendationIssued"),
            ["message"] = message,
            ["sentTime"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        using var management = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672/") };
        management.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;
        var response = await management.PostAsJsonAsync(
            $"api/exchanges/{Uri.EscapeDataString(Infrastructure.VirtualHost)}/{Uri.EscapeDataString("Kapman.Contracts:RecommendationIssued")}/publish",
            new
            {
                properties = new { content_type = "application/vnd.masstransit+json", message_id = envelope["messageId"]!.GetValue<string>() },
                routing_key = "",
                payload = envelope.ToJsonString(),
                payload_encoding = "string",
            });
        var routed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(routed.GetProperty("routed").GetBoolean(), Is.True, "execution's queue is bound to the RecommendationIssued exchange");
    }

    internal static async Task WaitForApprovalAsync(Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var approvals = await ApiAsync("/api/execution/approvals?limit=200");
            if (approvals.EnumerateArray().Any(a => a.GetProperty("recommendationId").GetGuid() == id))
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"execution never listed recommendation {id} as awaiting approval{Environment.NewLine}{await Suite.Host.RecentLogsAsync("execution", 40)}");
    }

    internal static async Task<JsonElement> WaitForOrderAsync(Guid id, string state, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement order = default;
        while (DateTime.UtcNow < deadline)
        {
            order = await ApiAsync($"/api/execution/orders/{id}");
            if (order.GetProperty("state").GetString() == state)
            {
                return order;
            }

            await Task.Delay(1000);
        }

        Assert.Fail($"order {id} did not reach {state} in {timeout}: {order}{Environment.NewLine}{await Suite.Host.RecentLogsAsync("execution", 40)}");
        return order;
    }
}
