using Kapman.Cli.Cli;

namespace Kapman.Cli.Tests;

public class BackfillWindowTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    [Test]
    public void From_is_the_earliest_of_the_last_n_sessions_before_the_date()
    {
        DateOnly[] available = [new(2025, 8, 20), new(2025, 8, 21), new(2025, 8, 22), new(2025, 8, 25), Session, new(2025, 8, 27)];

        var (from, to) = BackfillWindow.Compute(Session, 3, available);

        Assert.Multiple(() =>
        {
            Assert.That(from, Is.EqualTo(new DateOnly(2025, 8, 21)));
            Assert.That(to, Is.EqualTo(new DateOnly(2025, 8, 25)));
        });
    }

    [Test]
    public void With_fewer_files_than_asked_from_is_the_earliest_file()
    {
        DateOnly[] available = [new(2025, 8, 25), new(2025, 8, 22)];

        Assert.That(BackfillWindow.Compute(Session, 300, available).From, Is.EqualTo(new DateOnly(2025, 8, 22)));
    }

    [Test]
    public void Without_files_from_steps_back_365_over_252_calendar_days_per_session()
    {
        // ceil(300 * 365 / 252) = ceil(434.52) = 435 days before 2025-08-26 is 2024-06-17.
        Assert.That(BackfillWindow.Compute(Session, 300, []).From, Is.EqualTo(new DateOnly(2024, 6, 17)));
    }

    [Test]
    public void Chunks_split_the_range_into_consecutive_pieces_of_at_most_n_days()
    {
        var chunks = BackfillWindow.Chunks(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1), 30);

        Assert.That(chunks, Is.EqualTo(new[]
        {
            (new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 30)),
            (new DateOnly(2025, 1, 31), new DateOnly(2025, 3, 1)),
        }));
    }

    [Test]
    public void Chunks_cover_every_day_exactly_once()
    {
        var from = new DateOnly(2024, 6, 17);
        var to = new DateOnly(2025, 8, 25);

        var days = BackfillWindow.Chunks(from, to, 60)
            .SelectMany(c => Enumerable.Range(0, c.To.DayNumber - c.From.DayNumber + 1).Select(c.From.AddDays))
            .ToList();

        Assert.That(days, Is.EqualTo(Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)));
    }

    [Test]
    public void An_empty_range_has_no_chunks()
    {
        Assert.That(BackfillWindow.Chunks(new DateOnly(2025, 2, 2), new DateOnly(2025, 2, 1), 60), Is.Empty);
    }
}
