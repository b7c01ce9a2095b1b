using System.Globalization;

namespace Kapman.MarketData.Tests;

/// <summary>
/// Hand-rolled generation for the OCC round-trip properties (FsCheck is not pinned in Directory.Packages.props): values and
/// texts drawn from a <see cref="Random"/> with a fixed seed, so every run checks the same cases and a failure names its
/// case. The ranges are the whole domain the OCC form can write: roots of 1–6 upper-case letters or digits, expirations
/// 2000-01-01..2099-12-31, strikes 0.001..99,999.999 in steps of 0.001.
/// </summary>
internal sealed class OccSymbolGenerator(int seed)
{
    private const string RootAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static readonly int FirstDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly int LastDay = new DateOnly(2099, 12, 31).DayNumber;

    private readonly Random _random = new(seed);

    /// <summary>A valid symbol.</summary>
    public OccSymbol Symbol() =>
        new(Root(), DateOnly.FromDayNumber(_random.Next(FirstDay, LastDay + 1)), _random.Next(2) == 0 ? OptionRight.Call : OptionRight.Put, StrikeThousandths() / 1000m);

    /// <summary>
    /// A valid symbol text in the unpadded form (no "O:"), built character by character rather than by the code under
    /// test: root, YYMMDD, C or P, the strike in thousandths as 8 digits.
    /// </summary>
    public string CompactText()
    {
        var date = DateOnly.FromDayNumber(_random.Next(FirstDay, LastDay + 1));
        var yymmdd = (date.Year % 100).ToString("D2", CultureInfo.InvariantCulture)
            + date.Month.ToString("D2", CultureInfo.InvariantCulture)
            + date.Day.ToString("D2", CultureInfo.InvariantCulture);
        return Root() + yymmdd + (_random.Next(2) == 0 ? "C" : "P") + StrikeThousandths().ToString("D8", CultureInfo.InvariantCulture);
    }

    private string Root()
    {
        var length = _random.Next(1, 7);
        return string.Create(length, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = RootAlphabet[random.Next(RootAlphabet.Length)];
            }
        });
    }

    // Half the strikes whole dollars (as listed strikes mostly are), half any thousandth.
    private long StrikeThousandths() =>
        _random.Next(2) == 0 ? _random.NextInt64(1, 100_000) * 1000 : _random.NextInt64(1, 100_000_000);
}
