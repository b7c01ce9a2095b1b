using System.Globalization;
using System.Text.RegularExpressions;

namespace Kapman.Ingestion.Core;

/// <summary>
/// Reads and validates one day_aggs_v1 session file. Good rows become <see cref="DailyBar"/>s; every bad
/// row is kept as a <see cref="QuarantinedRow"/> with a reason code, so one bad line never costs the session.
/// Polygon flat files are plain comma-separated numbers and tickers with no quoting, so a split suffices.
/// </summary>
public static partial class SessionFileParser
{
    private const int Columns = 8;

    /// <summary>Parses <paramref name="reader"/> as the file of <paramref name="session"/>.</summary>
    /// <exception cref="InvalidSessionFileException">The file is empty, has no data rows, or its header is not <see cref="SessionFileLayout.Header"/>.</exception>
    public static SessionFileParseResult Parse(TextReader reader, DateOnly session)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine() ?? throw new InvalidSessionFileException("File is empty.");
        if (!string.Equals(header.Trim(), SessionFileLayout.Header, StringComparison.Ordinal))
        {
            throw new InvalidSessionFileException($"Header is '{header}', expected '{SessionFileLayout.Header}'.");
        }

        var candidates = new List<(int Line, DailyBar Bar, string Raw)>();
        var quarantined = new List<QuarantinedRow>();
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var outcome = ParseRow(line, session);
            if (outcome.Bar is not null)
            {
                candidates.Add((lineNumber, outcome.Bar, line));
            }
            else
            {
                quarantined.Add(new QuarantinedRow(lineNumber, outcome.Ticker, outcome.Reason!, outcome.Detail!, line));
            }
        }

        if (candidates.Count == 0 && quarantined.Count == 0)
        {
            throw new InvalidSessionFileException("File has a header but no rows.");
        }

        var duplicated = candidates.GroupBy(c => c.Bar.Ticker, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var bars = new List<DailyBar>(candidates.Count);
        foreach (var (line, bar, raw) in candidates)
        {
            if (duplicated.Contains(bar.Ticker))
            {
                quarantined.Add(new QuarantinedRow(line, bar.Ticker, QuarantineReasons.DuplicateTicker, $"ticker {bar.Ticker} appears more than once in the file", raw));
            }
            else
            {
                bars.Add(bar);
            }
        }

        quarantined.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        return new SessionFileParseResult(session, bars, quarantined);
    }

    private static RowOutcome ParseRow(string line, DateOnly session)
    {
        var f = line.Split(',');
        if (f.Length != Columns)
        {
            return RowOutcome.Reject(f[0], QuarantineReasons.MalformedRow, $"{f.Length} columns, expected {Columns}");
        }

        var ticker = f[0].Trim();
        if (!TickerFormat().IsMatch(ticker))
        {
            return RowOutcome.Reject(ticker, QuarantineReasons.BadTicker, $"ticker '{ticker}' is not a valid symbol");
        }

        string[] names = ["volume", "open", "close", "high", "low"];
        var values = new double[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (!double.TryParse(f[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return RowOutcome.Reject(ticker, QuarantineReasons.NotANumber, $"{names[i]} '{f[i + 1]}' is not a finite number");
            }
        }

        if (!long.TryParse(f[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var windowStart))
        {
            return RowOutcome.Reject(ticker, QuarantineReasons.NotANumber, $"window_start '{f[6]}' is not an integer");
        }

        long? transactions = null;
        if (f[7].Length > 0)
        {
            if (!long.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 0)
            {
                return RowOutcome.Reject(ticker, QuarantineReasons.NotANumber, $"transactions '{f[7]}' is not a non-negative integer");
            }

            transactions = count;
        }

        var (volume, open, close, high, low) = (values[0], values[1], values[2], values[3], values[4]);
        if (open <= 0 || close <= 0 || high <= 0 || low <= 0)
        {
            return RowOutcome.Reject(ticker, QuarantineReasons.NonPositivePrice, $"open {open}, high {high}, low {low}, close {close}: prices must be > 0");
        }

        if (volume < 0)
        {
            return RowOutcome.Reject(ticker, QuarantineReasons.NegativeVolume, $"volume {volume} is negative");
        }

        if (volume == 0)
        {
            return RowOutcome.Reject(ticker, QuarantineReasons.ZeroVolume, "volume is 0: no trades in the session");
        }

        if (high < Math.Max(Math.Max(open, close), low) || low > Math.Min(open, close))
        {
            return RowOutcome.Reject(ticker, QuarantineReasons.OhlcInvariant, $"open {open}, high {high}, low {low}, close {close}: need low <= open, close <= high");
        }

        var windowSession = SessionFileLayout.SessionOfWindowStart(windowStart);
        if (windowSession != session)
        {
            var seen = windowSession?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not a New York midnight";
            return RowOutcome.Reject(ticker, QuarantineReasons.SessionMismatch, $"window_start {windowStart} is {seen}, file session is {session:yyyy-MM-dd}");
        }

        return RowOutcome.Accept(new DailyBar(ticker, session, open, high, low, close, (long)Math.Round(volume), transactions));
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9.\\-]{0,11}$")]
    private static partial Regex TickerFormat();

    private sealed record RowOutcome(DailyBar? Bar, string Ticker, string? Reason, string? Detail)
    {
        public static RowOutcome Accept(DailyBar bar) => new(bar, bar.Ticker, null, null);

        public static RowOutcome Reject(string ticker, string reason, string detail) => new(null, ticker, reason, detail);
    }
}
