using System.Globalization;
using Kapman.MarketData.Calendar;

namespace Kapman.MarketData.Tests.Calendar;

/// <summary>The computed calendar against the real flat-file set: every file is a session, and the sessions without a file are reported.</summary>
public class FlatFileCalendarTests
{
    private static readonly DateOnly First = new(2023, 1, 3);
    private static readonly DateOnly Last = new(2026, 8, 14);

    private static SortedSet<DateOnly> FileSessions()
    {
        var root = RepoFiles.SharedData("flatfiles", "us_stocks_sip", "day_aggs_v1");
        return [.. Directory.EnumerateFiles(root, "*.csv.gz", SearchOption.AllDirectories)
            .Select(p => DateOnly.ParseExact(Path.GetFileName(p)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture))];
    }

    [Test]
    public void Every_session_file_is_an_nyse_session()
    {
        var notSessions = FileSessions().Where(d => !NyseCalendar.IsSession(d)).ToList();

        Assert.That(notSessions, Is.Empty);
    }

    [Test]
    public void Every_session_in_the_shared_range_has_a_file()
    {
        var files = FileSessions();
        Assert.That((files.Min, files.Max, files.Count), Is.EqualTo((First, Last, 907)));

        var missing = NyseCalendar.Sessions(First, Last).Where(d => !files.Contains(d)).ToList();
        TestContext.Out.WriteLine($"sessions {First:yyyy-MM-dd}..{Last:yyyy-MM-dd}: {NyseCalendar.Sessions(First, Last).Count()}, files {files.Count}, missing {missing.Count}: "
            + string.Join(", ", missing.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        Assert.That(missing, Is.Empty, "the shared set has a file for every computed session");
    }
}
