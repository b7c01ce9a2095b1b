extern alias discordstandin;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using discordstandin::Kapman.DiscordStandIn;

namespace Kapman.Notification.Tests.Discord;

/// <summary>
/// The stand-in answers as Discord's webhook documentation says: the created message with <c>?wait=true</c>, 204 without, 404 Unknown
/// Webhook (10015) for a wrong token, 400 Cannot send an empty message (50006), 400 Invalid Form Body (50035) past a limit, and a 429
/// with <c>retry_after</c> and the rate-limit headers when told to. Expected bodies are written from the documentation.
/// </summary>
[TestFixture]
public sealed class DiscordStandInTests
{
    private StandInHost discord = null!;
    private HttpClient http = null!;

    [SetUp]
    public async Task Start()
    {
        discord = await StandInHost.StartAsync();
        discord.State.AddWebhook("1001", "tok");
        http = new HttpClient { BaseAddress = discord.BaseUrl };
    }

    [TearDown]
    public async Task Stop()
    {
        http.Dispose();
        await discord.DisposeAsync();
    }

    [Test]
    public async Task With_wait_it_answers_the_created_message_and_without_it_204()
    {
        var (status, body) = await PostAsync("api/webhooks/1001/tok?wait=true", """{"embeds":[{"title":"EXIT NVDA","color":15158332}]}""");
        var (noWait, _) = await PostAsync("api/webhooks/1001/tok", """{"content":"hello"}""");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body!["id"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(body["webhook_id"]!.GetValue<string>(), Is.EqualTo("1001"));
            Assert.That(JsonNode.DeepEquals(body["embeds"], JsonNode.Parse("""[{"title":"EXIT NVDA","color":15158332,"type":"rich"}]""")), Is.True);
            Assert.That(noWait, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(discord.State.Posted("1001"), Has.Count.EqualTo(2));
        });
    }

    [TestCase("api/webhooks/1001/wrong?wait=true", """{"content":"x"}""", 404, """{"message":"Unknown Webhook","code":10015}""", TestName = "A wrong token is an unknown webhook")]
    [TestCase("api/webhooks/9999/tok?wait=true", """{"content":"x"}""", 404, """{"message":"Unknown Webhook","code":10015}""", TestName = "An unknown id is an unknown webhook")]
    [TestCase("api/webhooks/1001/tok?wait=true", """{"embeds":[]}""", 400, """{"code":50006,"message":"Cannot send an empty message"}""", TestName = "No content and no embeds")]
    [TestCase("api/webhooks/1001/tok?wait=true", """{"content":""}""", 400, """{"code":50006,"message":"Cannot send an empty message"}""", TestName = "Empty content")]
    public async Task Refuses_as_discord_does(string path, string json, int expectedStatus, string expectedBody)
    {
        var (status, body) = await PostAsync(path, json);

        Assert.Multiple(() =>
        {
            Assert.That((int)status, Is.EqualTo(expectedStatus));
            Assert.That(JsonNode.DeepEquals(body, JsonNode.Parse(expectedBody)), Is.True, body?.ToJsonString());
        });
    }

    [Test]
    public async Task Past_a_limit_it_answers_invalid_form_body_at_the_offending_path()
    {
        var title = new string('t', 257);
        var fields = string.Join(",", Enumerable.Range(0, 26).Select(i => $$"""{"name":"n{{i}}","value":"v"}"""));
        var (contentStatus, content) = await PostAsync("api/webhooks/1001/tok?wait=true", $$"""{"content":"{{new string('c', 2001)}}"}""");
        var (embedStatus, embed) = await PostAsync("api/webhooks/1001/tok?wait=true", $$"""{"embeds":[{"title":"{{title}}","fields":[{{fields}}]}]}""");
        var (countStatus, count) = await PostAsync("api/webhooks/1001/tok?wait=true",
            "{\"embeds\":[" + string.Join(",", Enumerable.Repeat("""{"title":"x"}""", 11)) + "]}");

        Assert.Multiple(() =>
        {
            Assert.That((contentStatus, embedStatus, countStatus), Is.EqualTo((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)));
            Assert.That(JsonNode.DeepEquals(content, JsonNode.Parse("""
                {"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}}
                """)), Is.True, content?.ToJsonString());
            Assert.That(JsonNode.DeepEquals(embed, JsonNode.Parse("""
                {"code":50035,"message":"Invalid Form Body","errors":{"embeds":{"0":{
                  "title":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 256 or fewer in length."}]},
                  "fields":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 25 or fewer in length."}]}}}}}
                """)), Is.True, embed?.ToJsonString());
            Assert.That(JsonNode.DeepEquals(count, JsonNode.Parse("""
                {"code":50035,"message":"Invalid Form Body","errors":{"embeds":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 10 or fewer in length."}]}}}
                """)), Is.True, count?.ToJsonString());
            Assert.That(discord.State.Posted("1001"), Is.Empty);
        });
    }

    [Test]
    public async Task When_told_it_answers_429_with_retry_after_and_the_rate_limit_headers_then_takes_the_next()
    {
        discord.State.RateLimitNext("1001", 2.5);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/1001/tok?wait=true") { Content = Json("""{"content":"x"}""") };
        using var limited = await http.SendAsync(request);
        var body = JsonNode.Parse(await limited.Content.ReadAsStringAsync());
        var (next, _) = await PostAsync("api/webhooks/1001/tok?wait=true", """{"content":"x"}""");

        Assert.Multiple(() =>
        {
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(JsonNode.DeepEquals(body, JsonNode.Parse("""{"message":"You are being rate limited.","retry_after":2.5,"global":false}""")), Is.True);
            Assert.That(limited.Headers.GetValues("Retry-After").Single(), Is.EqualTo("3"));
            Assert.That(limited.Headers.GetValues("X-RateLimit-Remaining").Single(), Is.EqualTo("0"));
            Assert.That(limited.Headers.GetValues("X-RateLimit-Reset-After").Single(), Is.EqualTo("2.500"));
            Assert.That(limited.Headers.Contains("X-RateLimit-Limit") && limited.Headers.Contains("X-RateLimit-Reset") && limited.Headers.Contains("X-RateLimit-Bucket"));
            Assert.That(next, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, string json)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), Json(json));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
