using System.IO.Compression;

namespace Kapman.Ingestion.Core.Tests;

public class SessionFileParserTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    // 2025-08-26 00:00 America/New_York (EDT, UTC-4) = 2025-08-26T04:00Z = 1756180800 s.
    private const string Ns = "1756180800000000000";

    private static SessionFileParseResult Parse(params string[] rows) =>
        SessionFileParser.Parse(new StringReader(string.Join('\n', [SessionFileLayout.Header, .. rows])), Session);

    [Test]
    public void Good_row_becomes_a_bar_with_every_field()
    {
        var result = Parse($"SPY,51581600,642.2,645.16,645.51,641.57,{Ns},193003");

        Assert.That(result.Quarantined, Is.Empty);
        Assert.That(result.Bars.Single(), Is.EqualTo(new DailyBar("SPY", Session, 642.2, 645.51, 641.57, 645.16, 51581600, 193003)));
    }

    [Test]
    public void Empty_transactions_is_null_not_zero()
    {
        var bar = Parse($"A,1898200,118.2809,117.3583,118.6777,117.1698,{Ns},").Bars.Single();

        Assert.That(bar.Transactions, Is.Null);
    }

    [TestCase("X,abc,1,1,1,1," + Ns + ",", QuarantineReasons.NotANumber)]
    [TestCase("X,100,NaN,1,1,1," + Ns + ",", QuarantineReasons.NotANumber)]
    [TestCase("X,100,-5,1,1,1," + Ns + ",", QuarantineReasons.NonPositivePrice)]
    [TestCase("X,100,0,1,1,1," + Ns + ",", QuarantineReasons.NonPositivePrice)]
    [TestCase("X,-1,1,1,1,1," + Ns + ",", QuarantineReasons.NegativeVolume)]
    [TestCase("MHS,0,13655.5283,13655.5283,13655.5283,13655.5283," + Ns + ",", QuarantineReasons.ZeroVolume)]
    [TestCase("X,100,10,11,10.5,9," + Ns + ",", QuarantineReasons.OhlcInvariant)]
    [TestCase("X,100,10,11,12,10.5," + Ns + ",", QuarantineReasons.OhlcInvariant)]
    [TestCase("X,100,10,11,12,9,1756094400000000000,", QuarantineReasons.SessionMismatch)]
    [TestCase("X,100,10,11,12,9,1756180800000000001,", QuarantineReasons.SessionMismatch)]
    [TestCase("bad ticker,100,10,11,12,9," + Ns + ",", QuarantineReasons.BadTicker)]
    [TestCase("X,100,10,11,12,9", QuarantineReasons.MalformedRow)]
    public void Bad_row_is_quarantined_with_its_reason(string row, string reason)
    {
        var result = Parse(row, $"GOOD,100,10,11,12,9,{Ns},");

        Assert.That(result.Bars.Select(b => b.Ticker), Is.EqualTo(new[] { "GOOD" }));
        Assert.That(result.Quarantined.Single().Reason, Is.EqualTo(reason));
        Assert.That(result.Quarantined.Single().LineNumber, Is.EqualTo(2));
        Assert.That(result.Quarantined.Single().RawLine, Is.EqualTo(row));
    }

    [Test]
    public void Every_copy_of_a_duplicated_ticker_is_quarantined()
    {
        var result = Parse($"DUP,100,10,11,12,9,{Ns},", $"OK,100,10,11,12,9,{Ns},", $"DUP,200,10,11,12,9,{Ns},");

        Assert.That(result.Bars.Select(b => b.Ticker), Is.EqualTo(new[] { "OK" }));
        Assert.That(result.Quarantined.Select(q => (q.LineNumber, q.Reason)),
            Is.EqualTo(new[] { (2, QuarantineReasons.DuplicateTicker), (4, QuarantineReasons.DuplicateTicker) }));
    }

    [Test]
    public void Third_copy_of_a_duplicated_ticker_is_quarantined_once_with_the_others()
    {
        var result = Parse($"DUP,100,10,11,12,9,{Ns},", $"DUP,200,10,11,12,9,{Ns},", $"OK,100,10,11,12,9,{Ns},", $"DUP,300,10,11,12,9,{Ns},");

        Assert.That(result.Bars.Select(b => b.Ticker), Is.EqualTo(new[] { "OK" }));
        Assert.That(result.Quarantined.Select(q => (q.LineNumber, q.RawLine)),
            Is.EqualTo(new[] { (2, $"DUP,100,10,11,12,9,{Ns},"), (3, $"DUP,200,10,11,12,9,{Ns},"), (5, $"DUP,300,10,11,12,9,{Ns},") }));
    }

    [Test]
    public void Bom_crlf_and_blank_lines_read_as_a_text_reader_splits_them()
    {
        var rows = new[] { $"SPY,51581600,642.2,645.16,645.51,641.57,{Ns},193003", "", $"X,100,NaN,1,1,1,{Ns},", $"A,1898200,118.2809,117.3583,118.6777,117.1698,{Ns}," };
        var text = string.Join("\r\n", [SessionFileLayout.Header, .. rows]) + "\r\n";
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();

        var result = SessionFileParser.Parse(bytes, Session);

        Assert.That(result.Bars.Select(b => (b.Ticker, b.Close, b.Transactions)), Is.EqualTo(new[] { ("SPY", 645.16, (long?)193003), ("A", 117.3583, (long?)null) }));
        // Line 3 is blank; the bad row is line 4 and keeps its text without the CR.
        Assert.That(result.Quarantined.Select(q => (q.LineNumber, q.RawLine)), Is.EqualTo(new[] { (4, rows[2]) }));
    }

    [TestCase("")]
    [TestCase("ticker,open,close")]
    [TestCase(SessionFileLayout.Header)]
    public void Unreadable_file_is_rejected_whole(string content) =>
        Assert.Throws<InvalidSessionFileException>(() => SessionFileParser.Parse(new StringReader(content), Session));

    [Test]
    public void Window_start_is_midnight_new_york_across_daylight_saving()
    {
        // 2025-01-02 00:00 EST (UTC-5) = 05:00Z; 2025-07-01 00:00 EDT (UTC-4) = 04:00Z.
        Assert.That(SessionFileLayout.SessionOfWindowStart(1735794000L * 1_000_000_000), Is.EqualTo(new DateOnly(2025, 1, 2)));
        Assert.That(SessionFileLayout.SessionOfWindowStart(1751342400L * 1_000_000_000), Is.EqualTo(new DateOnly(2025, 7, 1)));
        Assert.That(SessionFileLayout.SessionOfWindowStart(1751342400L * 1_000_000_000 + 3_600_000_000_000), Is.Null);
    }

    [Test]
    public void Relative_path_follows_the_flat_file_layout() =>
        Assert.That(SessionFileLayout.RelativePath(Session), Is.EqualTo("us_stocks_sip/day_aggs_v1/2025/08/2025-08-26.csv.gz"));

    [Test]
    public void Real_session_file_loads_every_row_or_quarantines_it()
    {
        var path = RepoFiles.SharedData("flatfiles", SessionFileLayout.RelativePath(Session));
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);

        var result = SessionFileParser.Parse(reader, Session);

        // 680 lines = header + 679 rows (counted with zcat | wc -l).
        Assert.That(result.Bars.Count + result.Quarantined.Count, Is.EqualTo(679));
        var spy = result.Bars.Single(b => b.Ticker == "SPY");
        Assert.That((spy.Open, spy.High, spy.Low, spy.Close, spy.Volume), Is.EqualTo((642.2, 645.51, 641.57, 645.16, 51581600L)));
    }
}
