using Kapman.Cli.Api;
using Kapman.Cli.Reporting;

namespace Kapman.Cli.Tests;

public class DemoReportTests
{
    private static Recommendation NoTrade(string ticker, string? reason) =>
        new(ticker, "NO_TRADE", null, null, null, null, null, null, null, 0.2, reason);

    [Test]
    public void No_trade_reasons_are_grouped_most_frequent_first_with_sorted_tickers()
    {
        Recommendation[] all =
        [
            NoTrade("SPY", "no contract within delta band"),
            NoTrade("AAPL", "score below threshold"),
            NoTrade("QQQ", "no contract within delta band"),
            NoTrade("IWM", null),
            new("NVDA", "ISSUED", "LONG_PUT", "BEARISH", "O:NVDA250919P00170000", new DateOnly(2025, 9, 19), 170m, -0.42, 24, 0.71, null),
        ];

        var groups = DemoReport.GroupNoTrade(all);

        Assert.That(groups.Select(g => (g.Reason, g.Count, string.Join(",", g.Tickers))), Is.EqualTo(new[]
        {
            ("no contract within delta band", 2, "QQQ,SPY"),
            ("(no reason given)", 1, "IWM"),
            ("score below threshold", 1, "AAPL"),
        }));
    }

    [Test]
    public void Issued_rows_show_the_contract_and_its_terms()
    {
        var issued = new Recommendation("NVDA", "ISSUED", "LONG_PUT", "BEARISH", "O:NVDA250919P00170000", new DateOnly(2025, 9, 19), 170m, -0.4249, 24, 0.71, null);

        Assert.That(DemoReport.IssuedRow(issued), Is.EqualTo(new[]
        {
            "NVDA", "LONG_PUT", "BEARISH", "O:NVDA250919P00170000", "2025-09-19", "170.00", "-0.42", "24", "71%",
        }));
    }

    [Test]
    public void A_no_edge_confidence_says_so()
    {
        var issued = new Recommendation("NVDA", "ISSUED", "LONG_PUT", "BEARISH", "O:NVDA", null, null, null, null, 0.52, null, NoEdge: true);

        Assert.That(DemoReport.IssuedRow(issued)[^1], Is.EqualTo("52% (no edge)"));
    }

    [Test]
    public void Issued_only_keeps_issued_ones_by_ticker()
    {
        Recommendation[] all =
        [
            new("TSLA", "ISSUED", "LONG_CALL", null, "O:TSLA", null, null, null, null, null, null),
            NoTrade("AAPL", "x"),
            new("AMD", "issued", "LONG_CALL", null, "O:AMD", null, null, null, null, null, null),
        ];

        Assert.That(DemoReport.IssuedOnly(all).Select(r => r.Ticker), Is.EqualTo(new[] { "AMD", "TSLA" }));
    }

    [Test]
    public void Messages_of_the_session_are_counted_by_status_and_by_whether_this_run_made_them()
    {
        var start = new DateTimeOffset(2025, 8, 27, 10, 0, 0, TimeSpan.Zero);
        var session = new DateOnly(2025, 8, 26);
        NotificationMessage[] messages =
        [
            new("ALERT", session, "a", "desk@x", "SENT", start.AddSeconds(5), start.AddSeconds(6)),
            new("ALERT", session, "b", "desk@x", "sent", start, start),
            new("DIGEST", session, "c", "desk@x", "LOGGED", start.AddMinutes(1), null),
            new("ALERT", session, "earlier run", "desk@x", "SENT", start.AddSeconds(-1), start.AddSeconds(-1)),
            new("ALERT", session.AddDays(-1), "other session", "desk@x", "SENT", start.AddSeconds(9), start.AddSeconds(9)),
        ];

        var (byStatus, fresh) = DemoReport.CountForSession(messages, session, start);

        Assert.That(byStatus, Is.EqualTo(new Dictionary<string, int> { ["SENT"] = 3, ["LOGGED"] = 1 }));
        Assert.That(fresh, Is.EqualTo(3));
    }

    [Test]
    public void Long_ticker_lists_are_abbreviated()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DemoReport.Abbreviate(["A", "B", "C"], 2), Is.EqualTo("A, B +1 more"));
            Assert.That(DemoReport.Abbreviate(["A", "B"], 2), Is.EqualTo("A, B"));
        });
    }
}
