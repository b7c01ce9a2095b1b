using System.Text.Json;
using Kapman.MarketData;
using Kapman.Recommendation.Core;
using Kapman.Recommendation.Core.Justification;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The OpenAI and Anthropic writers against a local server replaying recorded answers. Facts: SPY spot 100 on
/// 2025-08-26, spring entry, long call SPY251024C00100000 at 5.00 (breakeven 105, max loss 500 per contract).
/// </summary>
public sealed class JustificationWriterTests
{
    private const string Key = "test-key-not-real";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private FakeModelServer server = null!;

    [SetUp]
    public async Task Start() => server = await FakeModelServer.StartAsync();

    [TearDown]
    public async Task Stop() => await server.DisposeAsync();

    private static JustificationFacts Facts()
    {
        var session = new DateOnly(2025, 8, 26);
        var leg = new ChainContract("SPY251024C00100000", OptionRight.Call, new DateOnly(2025, 10, 24), 100, 4.9, 5.1, 0.52, 100);
        var decision = StrategyEngine.Decide(
            new StrategyInput("SPY", session, 100, 3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, []), [leg], StrategyParameters.Default, new RiskLimits());
        return JustificationFacts.From(decision);
    }

    private OpenAiJustificationWriter OpenAi(string? key = Key, TimeSpan? timeout = null) => new("gpt-4o-mini", new Uri(server.BaseAddress, "v1"), key, timeout ?? Timeout);

    private AnthropicJustificationWriter Anthropic() => new("claude-sonnet-4-20250514", server.BaseAddress, Key, Timeout);

    [Test]
    public async Task OpenAi_valid_answer_is_used_with_model_and_prompt_stored()
    {
        server.Reply = (FakeModelServer.Recorded("openai-valid"), 200, TimeSpan.Zero);
        var result = await OpenAi().WriteAsync(Facts(), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(result.FallbackReason, Is.Null);
            Assert.That((result.Writer, result.ModelVersion), Is.EqualTo(("openai", "gpt-4o-mini-2024-07-18")));
            Assert.That(result.Text, Does.StartWith("Buy the SPY 2025-10-24 100 strike call (SPY251024C00100000)."));
            Assert.That(result.Prompt, Does.Contain("\"occ_symbol\":\"SPY251024C00100000\""));
        });
        Assert.That(server.Requests.TryDequeue(out var request), Is.True);
        Assert.That((request.Path, request.Key), Is.EqualTo(("/v1/chat/completions", "Bearer " + Key)));
        using var body = JsonDocument.Parse(request.Body);
        Assert.That(body.RootElement.GetProperty("model").GetString(), Is.EqualTo("gpt-4o-mini"));
        Assert.That(body.RootElement.GetProperty("response_format").GetProperty("json_schema").GetProperty("name").GetString(), Is.EqualTo("recommendation_justification"));
        Assert.That(body.RootElement.GetProperty("messages")[1].GetProperty("content").GetString(), Does.Contain("allowed_contracts"));
    }

    [Test]
    public async Task OpenAi_recorded_answer_with_a_hallucinated_strike_is_rejected_and_the_template_used()
    {
        server.Reply = (FakeModelServer.Recorded("openai-hallucinated-strike"), 200, TimeSpan.Zero);
        var facts = Facts();
        var result = await OpenAi().WriteAsync(facts, CancellationToken.None);
        Assert.That(result.FallbackReason, Is.EqualTo("openai answer rejected: names contract SPY251024C00105000 (call 105, 2025-10-24) outside the allowed list"));
        Assert.That((result.Writer, result.Text), Is.EqualTo(("template", TemplateJustification.Write(facts))));
    }

    [Test]
    public async Task Anthropic_valid_answer_is_used()
    {
        server.Reply = (FakeModelServer.Recorded("anthropic-valid"), 200, TimeSpan.Zero);
        var result = await Anthropic().WriteAsync(Facts(), CancellationToken.None);
        Assert.That((result.FallbackReason, result.Writer, result.ModelVersion), Is.EqualTo(((string?)null, "anthropic", "claude-sonnet-4-20250514")));
        Assert.That(server.Requests.TryDequeue(out var request), Is.True);
        Assert.That(request.Path, Is.EqualTo("/v1/messages"));
        Assert.That(request.Key, Does.EndWith(Key), "the key from the writer reaches the server (x-api-key or bearer)");
        using var body = JsonDocument.Parse(request.Body);
        Assert.That(body.RootElement.GetProperty("system").ToString(), Does.Contain("recommendation_justification").Or.Contain("max_loss_per_contract"));
    }

    [Test]
    public async Task Anthropic_recorded_answer_with_a_hallucinated_strike_is_rejected()
    {
        server.Reply = (FakeModelServer.Recorded("anthropic-hallucinated-strike"), 200, TimeSpan.Zero);
        var result = await Anthropic().WriteAsync(Facts(), CancellationToken.None);
        Assert.That(result.FallbackReason, Does.StartWith("anthropic answer rejected: names contract SPY251024C00105000"));
        Assert.That(result.Writer, Is.EqualTo("template"));
    }

    [Test]
    public async Task A_slow_server_times_out_into_the_template()
    {
        server.Reply = (FakeModelServer.Recorded("openai-valid"), 200, TimeSpan.FromSeconds(5));
        var result = await OpenAi(timeout: TimeSpan.FromMilliseconds(300)).WriteAsync(Facts(), CancellationToken.None);
        Assert.That((result.Writer, result.FallbackReason), Is.EqualTo(("template", "openai timed out after 0.3 s")));
    }

    [Test]
    public async Task A_server_error_falls_back_with_the_error()
    {
        server.Reply = ("""{"error":{"message":"boom","type":"server_error"}}""", 500, TimeSpan.Zero);
        var result = await OpenAi().WriteAsync(Facts(), CancellationToken.None);
        Assert.That(result.Writer, Is.EqualTo("template"));
        Assert.That(result.FallbackReason, Does.StartWith("openai failed: "));
    }

    [Test]
    public async Task No_key_asks_no_model()
    {
        var result = await OpenAi(key: null).WriteAsync(Facts(), CancellationToken.None);
        Assert.That((result.Writer, result.FallbackReason), Is.EqualTo(("template", "OPENAI_API_KEY is not set")));
        Assert.That(server.Requests, Is.Empty);
        Assert.That(result.Prompt, Does.Not.Contain(Key));
    }
}
