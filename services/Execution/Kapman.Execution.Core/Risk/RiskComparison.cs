namespace Kapman.Execution.Core.Risk;

/// <summary>One measure of the book compared with its limit (docs/domain/risk-book.md#caps-and-triggers).</summary>
/// <param name="Measure"><c>|beta-weighted delta|</c>, <c>VaR 99%</c> or <c>loss at spot -5%</c>.</param>
/// <param name="Before">Its value before the trade (the book now), dollars.</param>
/// <param name="After">Its value with the trade (equal to <paramref name="Before"/> for a trigger check), dollars.</param>
/// <param name="Limit">The limit, dollars.</param>
/// <param name="Breached">True when the comparison fails (see <see cref="RiskGate"/>).</param>
public sealed record RiskComparison(string Measure, double Before, double After, double Limit, bool Breached)
{
    /// <summary>A readable line, e.g. <c>VaR 99% 12,345.00 &gt; cap 10,000.00 (now 9,000.00)</c>.</summary>
    public string Describe(string limitName) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Measure} {After:N2} {(Breached ? ">" : "<=")} {limitName} {Limit:N2} (book now {Before:N2})");
}
