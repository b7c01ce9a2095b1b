using Kapman.Notification.Commentary;
using Kapman.Notification.Tests.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests.Commentary;

/// <summary>
/// The intraday report (issue 20 item 5) on real PostgreSQL with the LLM and Bot API stand-ins and a settable clock: with
/// <c>IntradayTime</c> 12:30 New York, nothing before it; at 12:40 EDT (16:40 UTC) one INTRADAY report of the session, sent for approval to
/// each allowed chat; a second check, or a restarted worker, writes nothing more.
/// </summary>
[TestFixture]
public sealed class IntradayReportTests
{
    private static readonly DateTimeOffset Before = new(2025, 8, 26, 16, 29, 0, TimeSpan.Zero); // 12:29 EDT
    private static readonly DateTimeOffset After = new(2025, 8, 26, 16, 40, 0, TimeSpan.Zero); // 12:40 EDT
    private CommentaryTestBed bed = null!;

    [SetUp]
    public async Task Start() => bed = await CommentaryTestBed.StartAsync();

    [TearDown]
    public async Task Stop() => await bed.DisposeAsync();

    [Test]
    public async Task The_intraday_report_is_written_once_per_session_at_the_configured_time()
    {
        var clock = new SettableClock(Before);
        var configuration = bed.Configuration(new Dictionary<string, string?> { ["Kapman:Notification:Commentary:IntradayTime"] = "12:30" });

        var early = await CheckAsync(configuration, clock);
        clock.Set(After);
        var first = await CheckAsync(configuration, clock);
        var restarted = await CheckAsync(configuration, clock);

        Assert.Multiple(async () =>
        {
            Assert.That(early, Is.Null, "12:29 New York is before 12:30");
            Assert.That(first, Is.EqualTo(new DateOnly(2025, 8, 26)));
            Assert.That(restarted, Is.EqualTo(new DateOnly(2025, 8, 26)), "the session is due, but its report exists");
            Assert.That(await bed.ScalarAsync<long>("SELECT count(*) FROM commentary_reports WHERE kind = 'INTRADAY' AND session_date = '2025-08-26'"), Is.EqualTo(1));
            Assert.That(await bed.ScalarAsync<string>("SELECT state FROM commentary_reports"), Is.EqualTo("PENDING_APPROVAL"));
            Assert.That(bed.Telegram.Bot.State.Messages, Has.Count.EqualTo(2), "one approval message per allowed chat");
            Assert.That(bed.Telegram.Bot.State.Messages.Select(m => m.Text.Split('\n')[0]), Is.All.StartWith("Intraday report 2025-08-26 for approval"));
        });
    }

    /// <summary>One check by a fresh worker (a restart) on <paramref name="clock"/>.</summary>
    private async Task<DateOnly?> CheckAsync(IConfiguration configuration, SettableClock clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        bed.Register(services, configuration);
        services.AddSingleton<TimeProvider>(clock);
        await using var provider = services.BuildServiceProvider(true);
        return await provider.GetRequiredService<IntradayReportWorker>().CheckAsync(CancellationToken.None);
    }
}
