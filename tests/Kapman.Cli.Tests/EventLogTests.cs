using Kapman.Cli.Cli;

namespace Kapman.Cli.Tests;

public class EventLogTests
{
    [Test]
    public void Completed_lines_are_time_stamped_echoed_and_kept()
    {
        using var echo = new StringWriter { NewLine = "\n" };
        using var events = new EventLog(echo, new FixedClock(new DateTimeOffset(2025, 8, 27, 14, 5, 9, TimeSpan.Zero)));

        events.WriteLine("ingestion exited");
        events.Write("partial");

        Assert.Multiple(() =>
        {
            Assert.That(events.Recent, Is.EqualTo(new[] { "14:05:09 ingestion exited" }));
            Assert.That(echo.ToString(), Is.EqualTo("14:05:09 ingestion exited\n"));
        });
    }

    [Test]
    public void Without_echo_lines_are_only_kept_and_only_the_last_eight()
    {
        using var echo = new StringWriter();
        using var events = new EventLog(echo, new FixedClock(DateTimeOffset.UnixEpoch)) { Echo = false };

        for (var i = 1; i <= 10; i++)
        {
            events.WriteLine($"line {i}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(echo.ToString(), Is.Empty);
            Assert.That(events.Recent, Has.Count.EqualTo(8));
            Assert.That(events.Recent[0], Does.EndWith("line 3"));
            Assert.That(events.Recent[^1], Does.EndWith("line 10"));
        });
    }
}
