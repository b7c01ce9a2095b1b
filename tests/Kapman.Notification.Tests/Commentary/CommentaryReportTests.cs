extern alias llm;
using Kapman.Notification.Commentary;
using Kapman.Notification.Core.Commentary;
using llm::Kapman.LlmStandIn;
using MassTransit;
using Kapman.Notification.Tests.Telegram;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests.Commentary;

/// <summary>
/// The post-market report end to end (issue 20 item 4): the events' facts are stored, the run's RecommendationsGenerated makes the
/// service ask the model (the OpenAI stand-in over HTTP), the text is checked against the facts on real PostgreSQL, archived with the
/// prompt, and sent to the Telegram approval queue.
/// </summary>
[TestFixture]
public sealed class CommentaryReportTests
{
    private CommentaryTestBed bed = null!;

    [SetUp]
    public async Task Start() => bed = await CommentaryTestBed.StartAsync();

    [TearDown]
    public async Task Stop() => await bed.DisposeAsync();

    [Test]
    public async Task A_model_text_naming_a_strike_not_in_the_facts_is_rejected_and_replaced_by_the_template()
    {
        bed.Model.State.Script(LlmReply.Answer(CommentaryFacts.HallucinatedStrikeText, "gpt-4o-mini-2024-07-18"));

        await RunSessionAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await bed.ScalarAsync<string>("SELECT state || ' ' || source || ' ' || provider || ' ' || model FROM commentary_reports"),
                Is.EqualTo("PENDING_APPROVAL TEMPLATE openai gpt-4o-mini-2024-07-18"));
            Assert.That(await bed.ScalarAsync<string>("SELECT text FROM commentary_reports"), Is.EqualTo(CommentaryFacts.PostMarketTemplate));
            Assert.That(await bed.ScalarAsync<string>("SELECT model_text FROM commentary_reports"), Is.EqualTo(CommentaryFacts.HallucinatedStrikeText));
            Assert.That((await bed.ScalarAsync<string>("SELECT rejection FROM commentary_reports")).Split('\n'),
                Is.EqualTo(new[] { "names strike 655 that is not in the facts", "states number 655 that is not in the facts" }));
            Assert.That(bed.Telegram.Bot.State.CallsOf("sendMessage"), Has.Count.EqualTo(2), "sent for approval to both allow-listed chats");
        });
    }

    [Test]
    public async Task A_valid_model_text_is_kept_and_archived_with_its_facts_prompt_and_model()
    {
        bed.Model.State.Script(LlmReply.Answer(CommentaryFacts.ValidText, "gpt-4o-mini-2024-07-18"));

        await RunSessionAsync();

        var request = bed.Model.State.Requests.Single();
        var sends = bed.Telegram.Bot.State.CallsOf("sendMessage");
        var id = await bed.ScalarAsync<Guid>("SELECT id FROM commentary_reports");
        Assert.Multiple(async () =>
        {
            Assert.That(await bed.ScalarAsync<string>("SELECT state || ' ' || source || ' ' || model FROM commentary_reports"),
                Is.EqualTo("PENDING_APPROVAL MODEL gpt-4o-mini-2024-07-18"));
            Assert.That(await bed.ScalarAsync<string>("SELECT text FROM commentary_reports"), Is.EqualTo(CommentaryFacts.ValidText));
            Assert.That(await bed.ScalarAsync<bool>("SELECT model_text IS NULL AND rejection IS NULL FROM commentary_reports"), Is.True);
            Assert.That((request.Path, request.Key), Is.EqualTo(("/v1/chat/completions", CommentaryTestBed.ModelKey)));
            Assert.That(request.User, Does.Contain("\"call_wall\":650").And.Contain("\"occ_symbols\":[\"SPY251024C00650000\"]"));
            Assert.That(await bed.ScalarAsync<string>("SELECT prompt FROM commentary_reports"), Is.EqualTo(request.System + "\n\n" + request.User));
            Assert.That(await bed.ScalarAsync<double>("SELECT (facts -> 'dealers' -> 0 ->> 'netGex')::float8 FROM commentary_reports"), Is.EqualTo(1_234_000_000));
            Assert.That(sends.Select(s => (string?)s.Parameters["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]).Distinct(),
                Is.EqualTo(new[] { "ca:" + id.ToString("N") }));
            Assert.That((string?)sends[0].Parameters["text"], Does.StartWith("Post-market report 2025-08-26 for approval (MODEL, gpt-4o-mini-2024-07-18)\n\n" + CommentaryFacts.ValidText));
        });
    }

    [Test]
    public async Task A_429_is_waited_out_by_its_retry_after_and_the_answer_then_used()
    {
        bed.Model.State.Script(LlmReply.RateLimited(1), LlmReply.Answer(CommentaryFacts.ValidText));

        await RunSessionAsync();

        var requests = bed.Model.State.Requests;
        Assert.Multiple(async () =>
        {
            Assert.That(requests.Select(r => r.Status), Is.EqualTo(new[] { 429, 200 }));
            Assert.That(requests[1].At - requests[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.95)));
            Assert.That(await bed.ScalarAsync<string>("SELECT source FROM commentary_reports"), Is.EqualTo("MODEL"));
        });
    }

    [Test]
    public async Task Server_errors_past_the_retries_give_the_template_with_the_reason()
    {
        bed.Model.State.Script(LlmReply.ServerError(), LlmReply.ServerError(), LlmReply.ServerError());

        await RunSessionAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(bed.Model.State.Requests, Has.Count.EqualTo(3), "one call and 2 retries");
            Assert.That(await bed.ScalarAsync<string>("SELECT source || ' ' || text FROM commentary_reports"), Is.EqualTo("TEMPLATE " + CommentaryFacts.PostMarketTemplate));
            Assert.That(await bed.ScalarAsync<string>("SELECT rejection FROM commentary_reports"), Does.StartWith("openai failed: "));
        });
    }

    [Test]
    public async Task The_post_market_report_is_written_once_per_session_even_for_a_second_run()
    {
        bed.Model.State.Script(LlmReply.Answer(CommentaryFacts.ValidText));

        await RunSessionAsync();
        await using var provider = bed.Services();
        var writer = provider.GetRequiredService<CommentaryWriter>();
        var (again, created) = await writer.WriteAsync(ReportKinds.PostMarket, CommentaryFacts.Session, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(created, Is.False);
            Assert.That(again.Text, Is.EqualTo(CommentaryFacts.ValidText));
            Assert.That(await bed.ScalarAsync<long>("SELECT count(*) FROM commentary_reports"), Is.EqualTo(1));
            Assert.That(bed.Model.State.Requests, Has.Count.EqualTo(1));
        });
    }

    /// <summary>Publishes the session's metrics, then its RecommendationsGenerated, and waits for the post-market report.</summary>
    private async Task RunSessionAsync()
    {
        await using var provider = bed.Services();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        await harness.Bus.Publish(CommentaryFacts.Metrics());
        await TelegramTestBed.WaitAsync(() => bed.ScalarAsync<long>("SELECT count(*) FROM commentary_facts WHERE kind = 'DEALER'"), n => n >= 1);
        await harness.Bus.Publish(CommentaryFacts.Generated());
        var state = await TelegramTestBed.WaitAsync(
            () => bed.ScalarAsync<string>("SELECT coalesce(max(state), 'NONE') FROM commentary_reports"), s => s == "PENDING_APPROVAL");
        Assert.That(state, Is.EqualTo("PENDING_APPROVAL"), "the post-market report was written");
        await harness.Stop();
    }
}
