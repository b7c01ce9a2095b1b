using System.Net.Http.Headers;
using System.Text.Json;
using Kapman.Execution.Brokers.Tradier;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>Tradier's wire quirks read in isolation: list shapes, error bodies and the rate-limit wait.</summary>
public class TradierWireTests
{
    [TestCase("""{"orders":{"order":[{"id":1},{"id":2}]}}""", 2, TestName = "An array of two")]
    [TestCase("""{"orders":{"order":{"id":1}}}""", 1, TestName = "One item is an object")]
    [TestCase("""{"orders":"null"}""", 0, TestName = "None is the string null")]
    [TestCase("""{"orders":null}""", 0, TestName = "None is JSON null")]
    [TestCase("""{"orders":{"order":null}}""", 0, TestName = "Inner JSON null")]
    [TestCase("""{}""", 0, TestName = "Missing")]
    public void Lists_are_read_in_every_shape(string json, int count)
    {
        using var document = JsonDocument.Parse(json);
        Assert.That(TradierJson.Items(document.RootElement, "orders", "order"), Has.Count.EqualTo(count));
    }

    [TestCase("""{"errors":{"error":["Backoffice rejected override of the order.","DayTradingBuyingPowerExceeded"]}}""", new[] { "Backoffice rejected override of the order.", "DayTradingBuyingPowerExceeded" })]
    [TestCase("""{"errors":{"error":"Invalid Parameter: price"}}""", new[] { "Invalid Parameter: price" })]
    [TestCase("""{"fault":{"faultstring":"Invalid Access Token","detail":{"errorcode":"keymanagement.service.invalid_access_token"}}}""", new[] { "Invalid Access Token" })]
    [TestCase("Invalid Access Token", new[] { "Invalid Access Token" })]
    [TestCase("", new string[0])]
    public void Error_bodies_give_the_brokers_messages(string body, string[] messages) =>
        Assert.That(TradierErrors.Read(body), Is.EqualTo(messages));

    [Test]
    public void Retry_after_in_seconds_wins_over_the_window_expiry()
    {
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
        response.Headers.Add(TradierRateLimit.ExpiryHeader, "1700000060000");

        Assert.That(TradierRateLimit.WaitFor(response.Headers, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000)), Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void Without_retry_after_the_wait_runs_to_the_window_expiry()
    {
        using var response = new HttpResponseMessage();
        // Window ends 2.5 s after "now".
        response.Headers.Add(TradierRateLimit.ExpiryHeader, "1700000002500");

        Assert.Multiple(() =>
        {
            Assert.That(TradierRateLimit.WaitFor(response.Headers, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000)), Is.EqualTo(TimeSpan.FromMilliseconds(2500 + 250)), "to the window's end, plus the 250 ms margin");
            Assert.That(TradierRateLimit.WaitFor(response.Headers, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_009_000)), Is.EqualTo(TimeSpan.FromMilliseconds(250)), "an expiry in the past means only the margin");
        });
    }

    [Test]
    public void No_header_means_no_advice()
    {
        using var response = new HttpResponseMessage();
        Assert.That(TradierRateLimit.WaitFor(response.Headers, DateTimeOffset.UnixEpoch), Is.Null);
    }
}
