namespace Kapman.IntegrationTests;

/// <summary>Rerunning a session changes nothing that was already right: no new bars, indicators, snapshots, recommendations or emails.</summary>
public class IdempotencyTests
{
    private static readonly string[] Tables =
    [
        "SELECT count(*) FROM market.daily_bars",
        "SELECT count(*) FROM metrics.indicators",
        "SELECT count(*) FROM options.contracts",
        "SELECT count(*) FROM wyckoff.snapshots",
        "SELECT count(*) FROM wyckoff.alerts",
        "SELECT count(*) FROM recommendation.recommendations",
        "SELECT count(*) FROM notification.messages",
    ];

    [Test]
    public async Task Second_run_of_the_same_session_adds_no_rows_recommendations_or_emails()
    {
        var before = new List<long>();
        foreach (var sql in Tables)
        {
            before.Add(await Suite.CountAsync(sql));
        }

        var run = await Suite.RunPipelineAsync(TestData.Session);

        Assert.That(run.GetProperty("status").GetString(), Is.EqualTo("succeeded"), run.ToString());
        for (var i = 0; i < Tables.Length; i++)
        {
            Assert.That(await Suite.CountAsync(Tables[i]), Is.EqualTo(before[i]), Tables[i]);
        }

        Assert.That(Suite.Stage(run, "notification").GetProperty("count").GetInt32(), Is.EqualTo(0), "the summary of this session was already sent");
    }
}
