extern alias telegram;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using telegram::Kapman.TelegramStandIn;

namespace Kapman.IntegrationTests;

/// <summary>
/// Issue 20, done-when 2, on the real suite: a SPY recommendation (RecommendationIssued v2 for the stored 2025-08-26 chain's call nearest
/// 0.50 delta, published on the suite's broker as in <see cref="BrowserExecutionTests"/>) reaches the Telegram stand-in as a card with
/// Approve and Reject; the operator's Approve press (a <c>callback_query</c> update) is POSTed by the stand-in to the gateway's webhook with
/// the secret token, and from there everything is the suite's code: gateway secret check, notification's secret check and update dedupe,
/// the approval through the gateway with the operator's key, execution's paper order, which walks and fills on the paper broker. A second
/// press of the same button places no second order and is answered that it was already approved.
/// </summary>
[TestFixture]
public sealed class TelegramApprovalEndToEndTests
{
    [Test]
    public async Task A_telegram_approve_press_fills_a_paper_order_and_a_second_press_of_the_same_button_does_nothing()
    {
        var session = TestData.Session;
        await using var connection = await Suite.Db.OpenConnectionAsync();
        var call = await connection.QuerySingleAsync<(string Occ, DateTime Expiration, double Strike, double Bid, double Ask)>(
            BrowserExecutionTests.CallSql, new { session });
        var mid = Math.Round(((decimal)call.Bid + (decimal)call.Ask) / 2, 2);
        var recommendationId = Guid.NewGuid();
        var approve = "a:" + recommendationId.ToString("N");
        var webhooksBefore = SuiteTelegram.State.Deliveries.Count;
        await BrowserExecutionTests.PublishRecommendationAsync(recommendationId, session, call.Occ, DateOnly.FromDateTime(call.Expiration), call.Strike, mid);

        var card = await WaitAsync(() => SuiteTelegram.State.Messages.SingleOrDefault(m => ButtonData(m).Contains(approve)), TimeSpan.FromSeconds(60),
            "the approval card never reached the Telegram stand-in", () => CardTrailAsync(recommendationId));
        await BrowserExecutionTests.WaitForApprovalAsync(recommendationId);

        var firstPress = SuiteTelegram.State.InjectCallback(SuiteTelegram.ChatId, 42, card.MessageId, approve, "e2e-press-1-" + recommendationId.ToString("N"));
        var firstAnswer = await AnswerAsync(firstPress, "e2e-press-1-" + recommendationId.ToString("N"));
        Assert.That(firstAnswer, Does.StartWith("Approved: order "), firstAnswer);
        var orderId = Guid.Parse(firstAnswer["Approved: order ".Length..]);

        var order = await BrowserExecutionTests.WaitForOrderAsync(orderId, "filled", TimeSpan.FromMinutes(2));
        var secondPress = SuiteTelegram.State.InjectCallback(SuiteTelegram.ChatId, 42, card.MessageId, approve, "e2e-press-2-" + recommendationId.ToString("N"));
        var secondAnswer = await AnswerAsync(secondPress, "e2e-press-2-" + recommendationId.ToString("N"));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var orders = (await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/execution/orders?limit=500")).EnumerateArray()
            .Where(o => o.TryGetProperty("recommendationId", out var r) && r.ValueKind == JsonValueKind.String && r.GetGuid() == recommendationId).ToList();
        var approval = (await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/execution/approvals?limit=200")).EnumerateArray()
            .Single(a => a.GetProperty("recommendationId").GetGuid() == recommendationId);
        var fill = order.GetProperty("fills").EnumerateArray().Single();
        var shown = SuiteTelegram.State.Messages.Single(m => m.MessageId == card.MessageId);
        var pushes = SuiteTelegram.State.Deliveries.Skip(webhooksBefore).ToList();
        var decision = await connection.QuerySingleAsync<string>(
            "SELECT decision || ' ' || order_id FROM notification.telegram_decisions WHERE recommendation_id = @recommendationId",
            new { recommendationId });
        await TestContext.Out.WriteLineAsync(
            $"card {card.MessageId} in chat {card.ChatId}; press 1 (update {firstPress}): \"{firstAnswer}\"; press 2 (update {secondPress}): \"{secondAnswer}\"; "
            + $"order {orderId} {order.GetProperty("state").GetString()} at {fill.GetProperty("price").GetDecimal()} (limit walk from {mid}); "
            + $"webhook POSTs: {string.Join(", ", pushes.Select(p => $"{p.UpdateId}→{p.Status}"))}");

        Assert.Multiple(() =>
        {
            Assert.That(card.ChatId, Is.EqualTo(SuiteTelegram.ChatId));
            Assert.That(card.Text, Does.StartWith(string.Create(CultureInfo.InvariantCulture,
                $"Suggestion (not an order yet): SPY LONG_CALL, session {session:yyyy-MM-dd}\nBUY 1 x {call.Occ} @ {mid:0.00}\n")));
            Assert.That(ButtonData(card), Is.EqualTo(new[] { approve, "r:" + recommendationId.ToString("N") }));
            Assert.That(pushes.Select(p => (p.UpdateId, p.Status)), Is.EqualTo(new[] { (firstPress, 200), (secondPress, 200) }),
                "each press went through the gateway's webhook once and was accepted");
            Assert.That(order.GetProperty("mode").GetString(), Is.EqualTo("PAPER"));
            Assert.That(order.GetProperty("recommendationId").GetGuid(), Is.EqualTo(recommendationId));
            Assert.That(fill.GetProperty("occSymbol").GetString(), Is.EqualTo(call.Occ));
            // The paper fill model (docs/domain/execution.md#paper-fills): mid + 2 penny ticks, $0.65 commission per contract.
            Assert.That(fill.GetProperty("price").GetDecimal(), Is.EqualTo(mid + 0.02m));
            Assert.That(fill.GetProperty("commission").GetDecimal(), Is.EqualTo(0.65m));
            Assert.That(fill.GetProperty("simulated").GetBoolean(), Is.True);
            Assert.That(approval.GetProperty("status").GetString(), Is.EqualTo("APPROVED"));
            Assert.That(approval.GetProperty("orderId").GetGuid(), Is.EqualTo(orderId));
            Assert.That(orders.Select(o => o.GetProperty("orderId").GetGuid()), Is.EqualTo(new[] { orderId }), "the second press placed no second order");
            Assert.That(secondAnswer, Is.EqualTo("Already approved."));
            Assert.That(decision, Is.EqualTo($"APPROVED {orderId}"));
            Assert.That(shown.Text, Does.EndWith($"\n\nApproved by @operator42: execution order {orderId}."));
            Assert.That(shown.ReplyMarkup, Is.Null, "the buttons are gone once approved");
        });
    }

    /// <summary>The callback_data of each inline button of <paramref name="message"/>, row by row.</summary>
    private static string[] ButtonData(StandInMessage message) =>
        message.ReplyMarkup?["inline_keyboard"] is JsonArray rows
            ? rows.SelectMany(r => r!.AsArray()).Select(b => b?["callback_data"]?.GetValue<string>() ?? "").ToArray()
            : [];

    /// <summary>The text notification answered the press of update <paramref name="updateId"/> with (answerCallbackQuery).</summary>
    private static async Task<string> AnswerAsync(long updateId, string queryId)
    {
        var update = await WaitAsync(() => SuiteTelegram.State.Deliveries.FirstOrDefault(d => d.UpdateId == updateId && d.Status == 200), TimeSpan.FromSeconds(60),
            $"update {updateId} was never accepted by the webhook: {string.Join(", ", SuiteTelegram.State.Deliveries.Select(d => $"{d.UpdateId}→{d.Status}"))}");
        Assert.That(update, Is.Not.Null);
        var answer = await WaitAsync(
            () => SuiteTelegram.State.CallsOf("answerCallbackQuery").FirstOrDefault(c => (string?)c.Parameters["callback_query_id"] == queryId),
            TimeSpan.FromSeconds(60), $"notification never answered the press of update {updateId}");
        return (string)answer.Parameters["text"]!;
    }

    /// <summary>
    /// Where the card of <paramref name="recommendationId"/> got to, for the failure message: notification's send row (status,
    /// error), its RecommendationIssued queues on the broker, and the stand-in's last sendMessage calls.
    /// </summary>
    private static async Task<string> CardTrailAsync(Guid recommendationId)
    {
        await using var connection = await Suite.Db.OpenConnectionAsync();
        var rows = await connection.QueryAsync<string>(
            "SELECT status || ' ' || COALESCE(error, '-') FROM notification.telegram_messages WHERE recommendation_id = @recommendationId",
            new { recommendationId });
        using var rabbit = new BrowserRabbitManagement();
        var sends = SuiteTelegram.State.CallsOf("sendMessage", null).TakeLast(5).Select(c => $"{c.At:HH:mm:ss.fff} {c.Status}");
        return $"notification.telegram_messages: [{string.Join(", ", rows)}]; queues: {await rabbit.DescribeQueuesAsync("recommendation-issued")}; "
            + $"last sendMessage calls: [{string.Join(", ", sends)}]";
    }

    private static async Task<T> WaitAsync<T>(Func<T?> read, TimeSpan timeout, string failure, Func<Task<string>>? trail = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (read() is { } value)
            {
                return value;
            }

            await Task.Delay(250);
        }

        var where = trail is null ? "" : Environment.NewLine + await trail();
        Assert.Fail(failure + where + Environment.NewLine + await Suite.Host.RecentLogsAsync("notification", 40));
        throw new InvalidOperationException("unreachable");
    }
}
