using System.Globalization;
using System.Text.RegularExpressions;

namespace Kapman.LanguageModels.FactChecking;

/// <summary>
/// Everything a model's text may name: tickers, OCC symbols, dates, strikes ($ per share), numbers (in the facts' own units) and the
/// upper-case words that are not tickers (labels such as <c>LONG_GAMMA</c>, split at <c>_</c>). Built by the caller from the same
/// facts the prompt shows; <see cref="TextFactChecker"/> checks a text against it.
/// </summary>
public sealed partial class FactSet
{
    /// <summary>
    /// Upper-case words any text may use without a fact naming them: market and options vocabulary (GEX, DGPI, DTE, IV, OCC, ET, ...).
    /// A ticker-shaped word outside this list and the facts is taken for a ticker and rejected.
    /// </summary>
    public static readonly IReadOnlyList<string> CommonWords =
    [
        "AM", "PM", "ET", "UTC", "US", "USD", "NYSE", "OCC", "GEX", "DGPI", "DTE", "IV", "PNL", "AI", "OK", "NA", "ETF", "EOD", "SOS", "SOW",
        "BC", "LPS", "PS", "SC", "AR", "ST", "UTAD", "LPSY", "BUY", "SELL", "HOLD", "LONG", "SHORT", "CALL", "CALLS", "PUT", "PUTS",
    ];

    private readonly HashSet<string> tickers = new(StringComparer.Ordinal);
    private readonly HashSet<string> words = new(CommonWords, StringComparer.Ordinal);
    private readonly HashSet<string> symbols = new(StringComparer.Ordinal);
    private readonly HashSet<DateOnly> dates = [];
    private readonly List<double> strikes = [];
    private readonly List<double> numbers = [];

    /// <summary>The tickers.</summary>
    public IReadOnlySet<string> Tickers => tickers;

    /// <summary>Upper-case words that are not tickers (<see cref="CommonWords"/> and the facts' labels).</summary>
    public IReadOnlySet<string> Words => words;

    /// <summary>The OCC symbols.</summary>
    public IReadOnlySet<string> Symbols => symbols;

    /// <summary>The dates.</summary>
    public IReadOnlySet<DateOnly> Dates => dates;

    /// <summary>The strikes, $ per share.</summary>
    public IReadOnlyList<double> Strikes => strikes;

    /// <summary>The numbers (strikes included).</summary>
    public IReadOnlyList<double> Numbers => numbers;

    /// <summary>Adds a ticker (upper-cased).</summary>
    public FactSet Ticker(string ticker)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        tickers.Add(ticker.Trim().ToUpperInvariant());
        return this;
    }

    /// <summary>Adds an OCC symbol, its root as a ticker, its expiry as a date and its strike.</summary>
    public FactSet Symbol(string occSymbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(occSymbol);
        symbols.Add(occSymbol);
        var m = OccParts().Match(occSymbol);
        if (m.Success)
        {
            Ticker(m.Groups["root"].Value);
            dates.Add(DateOnly.ParseExact(m.Groups["date"].Value, "yyMMdd", CultureInfo.InvariantCulture));
            Strike(long.Parse(m.Groups["strike"].Value, CultureInfo.InvariantCulture) / 1000.0);
        }

        return this;
    }

    /// <summary>Adds a date.</summary>
    public FactSet Date(DateOnly date)
    {
        dates.Add(date);
        return this;
    }

    /// <summary>Adds a strike ($ per share); it is also a number.</summary>
    public FactSet Strike(double strike)
    {
        strikes.Add(strike);
        return Number(strike);
    }

    /// <summary>Adds a number (ignored when null or not finite).</summary>
    public FactSet Number(double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            numbers.Add(v);
        }

        return this;
    }

    /// <summary>Adds the upper-case words of a label or sentence (split at anything but letters), e.g. <c>LONG_GAMMA</c> gives LONG and GAMMA.</summary>
    public FactSet Label(string? text)
    {
        if (text is not null)
        {
            foreach (Match m in UpperWord().Matches(text))
            {
                words.Add(m.Value);
            }
        }

        return this;
    }

    [GeneratedRegex(@"^(?<root>[A-Z]{1,6})(?<date>\d{6})[CP](?<strike>\d{8})$")]
    private static partial Regex OccParts();

    [GeneratedRegex(@"[A-Z]{2,}")]
    private static partial Regex UpperWord();
}
