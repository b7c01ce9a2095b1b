using Kapman.Cli.Commands;

namespace Kapman.Cli.Tests;

public class CliArgumentTests
{
    [Test]
    public void Pipeline_run_takes_a_date_and_defaults_the_timeout_to_600_seconds()
    {
        var result = KapmanCli.Create().Parse("pipeline run --date 2025-08-26");

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.CommandResult.Command.Name, Is.EqualTo("run"));
            Assert.That(result.GetValue<DateOnly>("--date"), Is.EqualTo(new DateOnly(2025, 8, 26)));
            Assert.That(result.GetValue<int>("--timeout"), Is.EqualTo(600));
        });
    }

    [TestCase("pipeline run")]
    [TestCase("pipeline run --date 2025-13-01")]
    [TestCase("pipeline run --date 2025-08-26 --timeout 0")]
    [TestCase("backfill --from 2025-08-02")]
    [TestCase("backfill --from 2025-08-02 --to 2025-08-01")]
    [TestCase("demo --history-sessions 0")]
    [TestCase("launch")]
    public void Invalid_command_lines_are_errors(string commandLine)
    {
        Assert.That(KapmanCli.Create().Parse(commandLine).Errors, Is.Not.Empty);
    }

    [Test]
    public void Bench_pages_alone_is_valid_and_defaults_to_50_timed_5_warm_up_requests_and_no_delay()
    {
        var result = KapmanCli.Create().Parse("bench pages");

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.GetValue<int>("--requests"), Is.EqualTo(50));
            Assert.That(result.GetValue<int>("--warm-up"), Is.EqualTo(5));
            Assert.That(result.GetValue<int>("--delay-ms"), Is.Zero);
            Assert.That(result.GetValue<Uri>("--base-url"), Is.EqualTo(new Uri("http://127.0.0.1:8080")));
        });
    }

    [TestCase("bench pages --requests 0", "--requests must be at least 1.")]
    [TestCase("bench pages --warm-up -1", "--warm-up must be at least 0.")]
    [TestCase("bench pages --delay-ms -1", "--delay-ms must be at least 0.")]
    public void Bench_pages_rejects_out_of_range_counts(string commandLine, string error) =>
        Assert.That(KapmanCli.Create().Parse(commandLine).Errors.Select(e => e.Message), Is.EqualTo(new[] { error }));

    [Test]
    public void Backfill_reads_both_dates()
    {
        var result = KapmanCli.Create().Parse("backfill --from 2024-06-17 --to 2025-08-25");

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.GetValue<DateOnly>("--from"), Is.EqualTo(new DateOnly(2024, 6, 17)));
            Assert.That(result.GetValue<DateOnly>("--to"), Is.EqualTo(new DateOnly(2025, 8, 25)));
        });
    }

    [Test]
    public void Demo_defaults_to_the_2025_08_26_session_and_300_history_sessions()
    {
        var result = KapmanCli.Create().Parse("demo");

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.GetValue<DateOnly?>("--date"), Is.Null);
            Assert.That(DemoCommand.DefaultDate, Is.EqualTo(new DateOnly(2025, 8, 26)));
            Assert.That(result.GetValue<int>("--history-sessions"), Is.EqualTo(300));
            Assert.That(result.GetValue<string?>("--data-root"), Is.Null);
        });
    }

    [Test]
    public void Demo_takes_an_explicit_date()
    {
        Assert.That(KapmanCli.Create().Parse("demo --date 2025-08-22").GetValue<DateOnly?>("--date"), Is.EqualTo(new DateOnly(2025, 8, 22)));
    }

    [Test]
    public void Up_accepts_detach_and_a_data_root()
    {
        var result = KapmanCli.Create().Parse(["up", "--detach", "--data-root", "../shared/data"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.GetValue<bool>("--detach"), Is.True);
            Assert.That(result.GetValue<string?>("--data-root"), Is.EqualTo("../shared/data"));
        });
    }

    [Test]
    public void Up_takes_replicas_of_the_sharded_stages()
    {
        var result = KapmanCli.Create().Parse(["up", "--replicas", "metrics=2,options=4,wyckoff=3"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(Kapman.AppHost.Suite.StageReplicas.Parse(result.GetValue<string?>("--replicas")).Counts,
                Is.EquivalentTo(new Dictionary<string, int> { ["metrics"] = 2, ["options"] = 4, ["wyckoff"] = 3 }));
            Assert.That(Kapman.AppHost.Suite.StageReplicas.Environment(new Dictionary<string, int> { ["metrics"] = 2 }),
                Is.EquivalentTo(new Dictionary<string, string> { ["Kapman__Replicas__metrics"] = "2" }));
        });
    }

    [TestCase("up --replicas recommendation=2", "--replicas: 'recommendation' cannot run replicas; stages that can: metrics, options, wyckoff.")]
    [TestCase("up --replicas metrics=0", "--replicas: metrics must be a count from 1 to 8; it is '0'.")]
    [TestCase("up --replicas metrics=9", "--replicas: metrics must be a count from 1 to 8; it is '9'.")]
    [TestCase("up --replicas metrics", "--replicas takes stage=count pairs separated by commas (e.g. metrics=2,wyckoff=2); 'metrics' is not one.")]
    [TestCase("up --replicas metrics=2,metrics=3", "--replicas names metrics twice.")]
    public void Up_refuses_replicas_it_cannot_run(string line, string error)
    {
        Assert.That(KapmanCli.Create().Parse(line).Errors.Select(e => e.Message), Is.EqualTo(new[] { error }));
    }

    [Test]
    public void Every_documented_command_exists()
    {
        var names = KapmanCli.Create().Subcommands.Select(c => c.Name);

        Assert.That(names, Is.EquivalentTo(new[]
        {
            "up", "down", "status", "backfill", "pipeline", "demo", "research", "wyckoff", "replay", "options", "indicators", "recommend", "bench", "backtest", "universe",
        }));
    }

    [Test]
    public void Research_commands_share_ticker_parsing_and_reject_a_reversed_range()
    {
        Assert.That(KapmanCli.TickerSet(["aapl,msft", " nvda "]), Is.EquivalentTo(new[] { "AAPL", "MSFT", "NVDA" }));
        Assert.That(KapmanCli.TickerSet([]), Is.Null);
        Assert.That(KapmanCli.Create().Parse("research wyckoff --from 2025-02-01 --to 2025-01-01 --out /tmp/x").Errors.Select(e => e.Message),
            Does.Contain("--from must not be after --to."));
        Assert.That(KapmanCli.Create().Parse("recommend backtest --from 2025-01-01 --to 2025-02-01").Errors, Is.Empty);
    }
}
