using Kapman.MarketData;

namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// The two text forms of OCC symbols brokers use (docs/domain/execution.md#occ-symbols, seed 003 §8 task 9.3 table): <see cref="Unpadded"/> (Tradier, e.g.
/// <c>SPY250919C00600000</c>, also Kapman's own form) and <see cref="Padded"/> (the OCC's 21 characters, root padded with spaces,
/// e.g. <c>SPY   250919C00600000</c>, which the seed lists for Tastytrade). Both read either form. The symbol itself is the shared
/// <see cref="OccSymbol"/> (its <see cref="OccSymbol.ToString"/> and <see cref="OccSymbol.ToOccString"/> are the two forms).
/// </summary>
public sealed class OccSymbolFormat : IBrokerSymbolFormat
{
    private readonly bool padded;

    private OccSymbolFormat(string name, bool padded)
    {
        Name = name;
        this.padded = padded;
    }

    /// <summary>Root without padding: Tradier's format.</summary>
    public static OccSymbolFormat Unpadded { get; } = new("occ-unpadded", padded: false);

    /// <summary>Root padded with spaces to 6 characters (21 characters in all).</summary>
    public static OccSymbolFormat Padded { get; } = new("occ-padded", padded: true);

    /// <summary>Tradier's format (<see cref="Unpadded"/>).</summary>
    public static OccSymbolFormat Tradier => Unpadded;

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string ToBroker(string occSymbol)
    {
        var symbol = OccSymbol.Parse(occSymbol);
        return padded ? symbol.ToOccString() : symbol.ToString();
    }

    /// <inheritdoc />
    public string FromBroker(string brokerSymbol) => OccSymbol.Parse(brokerSymbol).ToString();

    /// <summary>True when <paramref name="text"/> is an OCC option symbol in any form <see cref="OccSymbol.Parse"/> reads (an equity ticker is not).</summary>
    public static bool IsOccSymbol(string? text) => OccSymbol.TryParse(text, out _);

    /// <summary>Kapman's form of an OCC symbol written in any form <see cref="OccSymbol.Parse"/> reads (padded, unpadded, Polygon's "O:").</summary>
    /// <exception cref="FormatException">The text is not an OCC symbol.</exception>
    public static string Normalize(string text) => OccSymbol.Parse(text).ToString();
}
