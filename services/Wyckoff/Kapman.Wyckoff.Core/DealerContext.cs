namespace Kapman.Wyckoff.Core;

/// <summary>
/// Options dealer positioning of one ticker and session, as the Options service stored it: context for the
/// Wyckoff reading only (issue 5 §1), never an input of a score, event or signal.
/// </summary>
/// <param name="Ticker">Underlying symbol.</param>
/// <param name="SessionDate">Session of the option chain.</param>
/// <param name="Spot">Underlying price used for the greeks, $ per share, positive.</param>
/// <param name="NetGex">Net dealer gamma exposure, $ per 1 % move of the underlying (positive: dealers long gamma).</param>
/// <param name="GammaFlip">Spot level at which net GEX changes sign, $; null when the Options service found none.</param>
/// <param name="Dgpi">Dealer gamma pressure index of the Options service; null when not computed.</param>
/// <param name="Position">LONG_GAMMA, SHORT_GAMMA or NEUTRAL (read from DGPI); null when not computed.</param>
/// <param name="CallWall">Call strike with the most open interest, $; null without calls.</param>
/// <param name="PutWall">Put strike with the most open interest, $; null without puts.</param>
/// <param name="OptionsModelVersion">Model version of the Options service's metrics.</param>
public sealed record DealerContext(
    string Ticker, DateOnly SessionDate, double Spot, double NetGex, double? GammaFlip, double? Dgpi, string? Position,
    double? CallWall, double? PutWall, string OptionsModelVersion)
{
    /// <summary>
    /// One sentence for the snapshot, for example "Dealers SHORT_GAMMA (DGPI -0.42, net GEX -$1.25M per 1% move):
    /// hedging amplifies moves; spot 512.30 is 1.50% below the gamma flip 520.10; call wall 530.00 (+3.45%),
    /// put wall 500.00 (-2.40%); context only, not scored." Percentages are (level / spot − 1) for the walls and
    /// (spot / flip − 1) for the flip. Parts without data are left out.
    /// </summary>
    public string Describe()
    {
        var parts = new List<string>
        {
            $"Dealers {Position ?? "position unknown"} ({(Dgpi is { } d ? $"DGPI {Text.Number(d)}, " : "")}net GEX {Dollars(NetGex)} per 1% move)" +
            Position switch
            {
                "LONG_GAMMA" => ": hedging damps moves",
                "SHORT_GAMMA" => ": hedging amplifies moves",
                _ => "",
            },
        };
        if (GammaFlip is { } flip && flip > 0)
        {
            var gap = (Spot / flip) - 1;
            parts.Add($"spot {Text.Number(Spot)} is {Text.Percent(Math.Abs(gap))} {(gap >= 0 ? "above" : "below")} the gamma flip {Text.Number(flip)}");
        }

        var walls = new List<string>();
        if (CallWall is { } call)
        {
            walls.Add($"call wall {Text.Number(call)} ({Signed((call / Spot) - 1)})");
        }

        if (PutWall is { } put)
        {
            walls.Add($"put wall {Text.Number(put)} ({Signed((put / Spot) - 1)})");
        }

        if (walls.Count > 0)
        {
            parts.Add(string.Join(", ", walls));
        }

        return string.Join("; ", parts) + "; context only, not scored.";
    }

    private static string Signed(double fraction) => (fraction >= 0 ? "+" : "-") + Text.Percent(Math.Abs(fraction));

    private static string Dollars(double value)
    {
        var size = Math.Abs(value);
        var (scaled, unit) = size >= 1e9 ? (size / 1e9, "B") : size >= 1e6 ? (size / 1e6, "M") : size >= 1e3 ? (size / 1e3, "K") : (size, "");
        return (value < 0 ? "-$" : "$") + Text.Number(scaled) + unit;
    }
}
