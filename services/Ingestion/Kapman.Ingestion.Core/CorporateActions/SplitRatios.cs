namespace Kapman.Ingestion.Core.CorporateActions;

/// <summary>
/// The split ratios the detector recognises, as new shares per old share: forward splits 3:2, 2:1 .. 50:1 and
/// reverse splits 1:2 .. 1:100 (a 1:10 reverse split is 0.1). Small ratios such as 5:4 are left out on purpose:
/// a 20% gap is an ordinary market move.
/// </summary>
public static class SplitRatios
{
    /// <summary>Every recognised ratio, ascending.</summary>
    public static IReadOnlyList<double> All { get; } =
    [
        1.0 / 100, 1.0 / 50, 1.0 / 40, 1.0 / 30, 1.0 / 25, 1.0 / 20, 1.0 / 15, 1.0 / 10, 1.0 / 8, 1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2,
        1.5, 2, 3, 4, 5, 6, 7, 8, 10, 15, 20, 25, 30, 40, 50,
    ];

    /// <summary>A ratio as text: <c>7:1</c>, <c>3:2</c>, <c>1:10</c>.</summary>
    public static string Describe(double factor)
    {
        if (factor >= 1)
        {
            return Math.Abs(factor - Math.Round(factor)) < 1e-9
                ? FormattableString.Invariant($"{Math.Round(factor)}:1")
                : FormattableString.Invariant($"{Math.Round(factor * 2)}:2");
        }

        return FormattableString.Invariant($"1:{Math.Round(1 / factor)}");
    }
}
