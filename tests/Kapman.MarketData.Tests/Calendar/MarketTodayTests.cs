using Kapman.MarketData.Calendar;

namespace Kapman.MarketData.Tests.Calendar;

/// <summary>
/// The New York date of an instant. Expected dates from the US Eastern offsets: EST is UTC−5, EDT UTC−4, and 2025's
/// daylight saving time began on Sunday 9 March at 02:00 local (07:00 UTC) and ended on Sunday 2 November.
/// </summary>
public sealed class MarketTodayTests
{
    [TestCase("2025-03-10T03:30:00Z", "2025-03-09", TestName = "EDT: 03:30 UTC is 23:30 the evening before in New York")]
    [TestCase("2025-03-10T04:00:00Z", "2025-03-10", TestName = "EDT: 04:00 UTC is midnight in New York")]
    [TestCase("2025-01-15T04:30:00Z", "2025-01-14", TestName = "EST: 04:30 UTC is 23:30 the evening before in New York")]
    [TestCase("2025-01-15T05:00:00Z", "2025-01-15", TestName = "EST: 05:00 UTC is midnight in New York")]
    public void Today_is_the_new_york_date(string utc, string expected)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(MarketToday.Of(clock), Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void A_null_clock_throws()
    {
        Assert.That(() => MarketToday.Of(null!), Throws.ArgumentNullException);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
