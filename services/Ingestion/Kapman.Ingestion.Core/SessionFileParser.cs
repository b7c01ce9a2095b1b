using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kapman.Ingestion.Core;

/// <summary>
/// Reads and validates one day_aggs_v1 session file. Good rows become <see cref="DailyBar"/>s; every bad
/// row is kept as a <see cref="QuarantinedRow"/> with a reason code, so one bad line never costs the session.
/// Polygon flat files are plain comma-separated numbers and tickers with no quoting, so a split suffices. The file is
/// read as UTF-8 bytes in place: a good row costs its ticker string and its bar, and a line becomes a string only when
/// it is quarantined.
/// </summary>
public static partial class SessionFileParser
{
    private const int Columns = 8;

    private static readonly string[] ValueNames = ["volume", "open", "close", "high", "low"];

    /// <summary>Parses the text of <paramref name="reader"/> as the file of <paramref name="session"/>.</summary>
    /// <exception cref="InvalidSessionFileException">The file is empty, has no data rows, or its header is not <see cref="SessionFileLayout.Header"/>.</exception>
    public static SessionFileParseResult Parse(TextReader reader, DateOnly session)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(Encoding.UTF8.GetBytes(reader.ReadToEnd()), session);
    }

    /// <summary>
    /// Parses <paramref name="utf8"/>, the whole file as UTF-8 (a byte-order mark is skipped; lines end in LF, CRLF or
    /// CR), as the file of <paramref name="session"/>. Line numbers are 1-based and count the header and blank lines.
    /// </summary>
    /// <exception cref="InvalidSessionFileException">The file is empty, has no data rows, or its header is not <see cref="SessionFileLayout.Header"/>.</exception>
    public static SessionFileParseResult Parse(ReadOnlySpan<byte> utf8, DateOnly session)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        var position = 0;
        if (!NextLine(utf8, ref position, out var headerLine))
        {
            throw new InvalidSessionFileException("File is empty.");
        }

        var header = Encoding.UTF8.GetString(utf8[headerLine]);
        if (!string.Equals(header.Trim(), SessionFileLayout.Header, StringComparison.Ordinal))
        {
            throw new InvalidSessionFileException($"Header is '{header}', expected '{SessionFileLayout.Header}'.");
        }

        var bars = new List<DailyBar>();
        var quarantined = new List<QuarantinedRow>();
        var firstCopies = new Dictionary<string, (int Line, Range Raw)>(StringComparer.Ordinal);
        var duplicated = new HashSet<string>(StringComparer.Ordinal);
        var windows = new WindowSessionCache();
        var lineNumber = 1;
        while (NextLine(utf8, ref position, out var line))
        {
            lineNumber++;
            if (line.Start.Equals(line.End))
            {
                continue;
            }

            var outcome = ParseRow(utf8[line], session, windows);
            if (outcome.Bar is not { } bar)
            {
                quarantined.Add(new QuarantinedRow(lineNumber, outcome.Ticker, outcome.Reason!, outcome.Detail!, Encoding.UTF8.GetString(utf8[line])));
            }
            else if (firstCopies.TryAdd(bar.Ticker, (lineNumber, line)))
            {
                bars.Add(bar);
            }
            else
            {
                // Every copy is rejected, the first one too: none can be trusted over the others.
                if (duplicated.Add(bar.Ticker))
                {
                    var first = firstCopies[bar.Ticker];
                    quarantined.Add(Duplicate(first.Line, bar.Ticker, Encoding.UTF8.GetString(utf8[first.Raw])));
                }

                quarantined.Add(Duplicate(lineNumber, bar.Ticker, Encoding.UTF8.GetString(utf8[line])));
            }
        }

        if (bars.Count == 0 && quarantined.Count == 0)
        {
            throw new InvalidSessionFileException("File has a header but no rows.");
        }

        if (duplicated.Count > 0)
        {
            bars.RemoveAll(b => duplicated.Contains(b.Ticker));
        }

        quarantined.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        return new SessionFileParseResult(session, bars, quarantined);
    }

    /// <summary>The next line at <paramref name="position"/> without its terminator (LF, CRLF or CR, as <see cref="TextReader.ReadLine"/> splits); false at the end.</summary>
    private static bool NextLine(ReadOnlySpan<byte> text, ref int position, out Range line)
    {
        if (position >= text.Length)
        {
            line = default;
            return false;
        }

        var length = text[position..].IndexOfAny((byte)'\r', (byte)'\n');
        if (length < 0)
        {
            line = position..text.Length;
            position = text.Length;
            return true;
        }

        var end = position + length;
        line = position..end;
        position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        return true;
    }

    private static QuarantinedRow Duplicate(int line, string ticker, string raw) =>
        new(line, ticker, QuarantineReasons.DuplicateTicker, $"ticker {ticker} appears more than once in the file", raw);

    private static RowOutcome ParseRow(ReadOnlySpan<byte> line, DateOnly session, WindowSessionCache windows)
    {
        Span<Range> f = stackalloc Range[Columns];
        var count = 0;
        foreach (var field in line.Split((byte)','))
        {
            if (count < Columns)
            {
                f[count] = field;
            }

            count++;
        }

        if (count != Columns)
        {
            return RowOutcome.Reject(Text(line[f[0]]), QuarantineReasons.MalformedRow, $"{count} columns, expected {Columns}");
        }

        var ticker = Text(line[f[0]]).Trim();
        if (!TickerFormat().IsMatch(ticker))
        {
            return RowOutcome.Reject(ticker, QuarantineReasons.BadTicker, $"ticker '{ticker}' is not a valid symbol");
        }

        Span<double> values = stackalloc double[ValueNames.Length];
        for (var i = 0; i < ValueNames.Length; i++)
        {
            if (!double.TryParse(line[f[i + 1]], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return RowOutcome.Reject(ticker, QuarantineReasons.NotANumber, $"{ValueNames[i]} '{Text(line[f[i + 1]])}' is not a finite number");
            }
        }

        if (!long.TryParse(line[f[6]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var windowStart))
        {
            return RowOutcome.Reject(ticker, QuarantineReasons.NotANumber, $"window_start '{Text(line[f[6]])}' is not an integer");
        }

        long? transactions = null;
        if (!line[f[7]].IsEmpty)
        {
            if (!long.TryParse(line[f[7]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var trades) || trades < 0)
            {
                return RowOutcome.Reject(ticker, QuarantineReasons.NotANumber, $"transactions '{Text(line[f[7]])}' is not a non-negative integer");
            }

            transactions = trades;
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

        var windowSession = windows.SessionOf(windowStart);
        if (windowSession != session)
        {
            var seen = windowSession?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not a New York midnight";
            return RowOutcome.Reject(ticker, QuarantineReasons.SessionMismatch, $"window_start {windowStart} is {seen}, file session is {session:yyyy-MM-dd}");
        }

        return RowOutcome.Accept(new DailyBar(ticker, session, open, high, low, close, (long)Math.Round(volume), transactions));
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    [GeneratedRegex("^[A-Z][A-Za-z0-9.\\-]{0,11}$")]
    private static partial Regex TickerFormat();

    private readonly record struct RowOutcome(DailyBar? Bar, string Ticker, string? Reason, string? Detail)
    {
        public static RowOutcome Accept(DailyBar bar) => new(bar, bar.Ticker, null, null);

        public static RowOutcome Reject(string ticker, string reason, string detail) => new(null, ticker, reason, detail);
    }
}
