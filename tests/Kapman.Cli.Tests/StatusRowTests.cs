using Kapman.Cli.Reporting;

namespace Kapman.Cli.Tests;

public class StatusRowTests
{
    [Test]
    public void The_suite_is_green_when_every_required_row_is_healthy_or_up()
    {
        StatusRow[] rows =
        [
            new("postgres", "u", "up", "", true),
            new("smtp", "u", "off", "", false),
            new("ingestion", "u", "healthy", "", true),
        ];

        Assert.That(StatusCollector.AllGreen(rows), Is.True);
    }

    [TestCase("unhealthy")]
    [TestCase("down")]
    [TestCase("restarting")]
    [TestCase("stopped")]
    public void Any_required_row_in_another_state_makes_it_not_green(string state)
    {
        StatusRow[] rows = [new("postgres", "u", "up", "", true), new("wyckoff", "u", state, "", true)];

        Assert.That(StatusCollector.AllGreen(rows), Is.False);
    }
}
