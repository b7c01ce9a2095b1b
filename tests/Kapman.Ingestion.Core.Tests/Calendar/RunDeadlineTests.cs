using Kapman.Ingestion.Core.Calendar;

namespace Kapman.Ingestion.Core.Tests.Calendar;

/// <summary>The session whose run is due, with the run due at 20:00 New York.</summary>
public sealed class RunDeadlineTests
{
    private static readonly TimeOnly DueBy = new(20, 0);

    // Wednesday 2025-08-27, EDT (UTC-4): 20:00 New York is 00:00 UTC on the 28th.
    [TestCase("2025-08-28T00:00:00Z", "2025-08-27", TestName = "A session's run is due at 20:00 New York")]
    [TestCase("2025-08-27T23:59:59Z", "2025-08-26", TestName = "Before 20:00 the previous session's run is the one due")]
    [TestCase("2025-08-28T03:59:59Z", "2025-08-27", TestName = "Late evening New York is already the next UTC day")]
    // Saturday 2025-08-30 and Labor Day Monday 2025-09-01: the last due run is Friday's.
    [TestCase("2025-08-30T18:00:00Z", "2025-08-29", TestName = "On a weekend the Friday run is due")]
    [TestCase("2025-09-02T01:00:00Z", "2025-08-29", TestName = "On a holiday evening the last session's run is due")]
    // Winter, EST (UTC-5): Monday 2025-12-01 20:00 New York is 01:00 UTC on the 2nd.
    [TestCase("2025-12-02T00:59:59Z", "2025-11-28", TestName = "In EST 20:00 New York is 01:00 UTC")]
    [TestCase("2025-12-02T01:00:00Z", "2025-12-01", TestName = "In EST the session's run is due at 01:00 UTC")]
    public void DueSession(string now, string expected) =>
        Assert.That(RunDeadline.DueSession(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), DueBy),
            Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
}
