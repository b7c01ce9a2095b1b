using Kapman.LlmStandIn;

namespace Kapman.LanguageModels.Tests;

/// <summary>
/// The shared OpenAI and Anthropic clients against the local stand-in speaking both wire formats: the key goes in the documented header,
/// the answer's text and reported model come back, and with retries a 429 is retried after its <c>retry-after</c> and a 5xx retried.
/// </summary>
public sealed class LanguageModelClientTests
{
    private const string Key = "test-key-not-real";
    private static readonly ModelPrompt Prompt = new("Use only the facts.", "Facts: SPY 642.15");
    private LlmStandInHost server = null!;

    [SetUp]
    public async Task Start() => server = await LlmStandInHost.StartAsync();

    [TearDown]
    public async Task Stop() => await server.DisposeAsync();

    private ILanguageModel Model(string provider, int retries = 0) => LanguageModelFactory.Create(
        new LanguageModelSettings(provider, "model-x", provider == "openai" ? server.OpenAiEndpoint : server.BaseUrl, TimeSpan.FromSeconds(20), retries),
        name => name == (provider == "openai" ? "OPENAI_API_KEY" : "ANTHROPIC_API_KEY") ? Key : null)!;

    [TestCase("openai", "/v1/chat/completions")]
    [TestCase("anthropic", "/v1/messages")]
    public async Task The_answer_and_reported_model_come_back_and_the_key_is_sent(string provider, string path)
    {
        server.State.Script(LlmReply.Answer("SPY at 642.15.", "model-x-2025-01-01"));
        var answer = await Model(provider).CompleteAsync(Prompt, CancellationToken.None);
        var request = server.State.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(answer, Is.EqualTo(new ModelCompletion("SPY at 642.15.", "model-x-2025-01-01")));
            Assert.That((request.Path, request.Key, (string?)request.Body!["model"]), Is.EqualTo((path, Key, "model-x")));
            Assert.That((request.System, request.User), Is.EqualTo(("Use only the facts.", "Facts: SPY 642.15")));
        });
    }

    [TestCase("openai")]
    [TestCase("anthropic")]
    public async Task A_429_is_retried_after_its_retry_after_then_the_answer_is_used(string provider)
    {
        server.State.Script(LlmReply.RateLimited(2), LlmReply.Answer("ok"));
        var answer = await Model(provider, retries: 2).CompleteAsync(Prompt, CancellationToken.None);
        var requests = server.State.Requests;
        Assert.Multiple(() =>
        {
            Assert.That(answer.Text, Is.EqualTo("ok"));
            Assert.That(requests.Select(r => r.Status), Is.EqualTo(new[] { 429, 200 }));
            Assert.That(requests[1].At - requests[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9)).And.LessThan(TimeSpan.FromSeconds(6)));
        });
    }

    [TestCase("openai", 500)]
    [TestCase("anthropic", 529)]
    public async Task A_server_error_is_retried(string provider, int status)
    {
        server.State.Script(LlmReply.ServerError(status), LlmReply.Answer("ok"));
        var answer = await Model(provider, retries: 1).CompleteAsync(Prompt, CancellationToken.None);
        Assert.That((answer.Text, server.State.Requests.Count), Is.EqualTo(("ok", 2)));
    }

    [TestCase("openai")]
    [TestCase("anthropic")]
    public void Without_retries_a_429_fails(string provider)
    {
        server.State.Script(LlmReply.RateLimited(1), LlmReply.Answer("ok"));
        Assert.That(async () => await Model(provider).CompleteAsync(Prompt, CancellationToken.None), Throws.Exception);
        Assert.That(server.State.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_template_provider_has_no_model_and_only_the_providers_key_is_read()
    {
        var asked = new List<string>();
        var settings = new LanguageModelSettings("Anthropic", null, null, TimeSpan.FromSeconds(1));
        var model = LanguageModelFactory.Create(settings, name => { asked.Add(name); return null; });
        Assert.Multiple(() =>
        {
            Assert.That(LanguageModelFactory.Create(settings with { Provider = "template" }, _ => "k"), Is.Null);
            Assert.That((model!.Provider, model.Model, model.HasKey), Is.EqualTo(("anthropic", "claude-sonnet-4-20250514", false)));
            Assert.That(asked, Is.EqualTo(new[] { "ANTHROPIC_API_KEY" }));
        });
    }
}
