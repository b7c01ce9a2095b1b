namespace Kapman.Execution.Core.Fills;

/// <summary>The tick size, in dollars per share, for a per-share option price under a <see cref="TickSizeRule"/>.</summary>
public static class TickSizes
{
    /// <summary>The $3.00 boundary of the standard and penny-pilot increments (dollars per share).</summary>
    public const decimal Boundary = 3.00m;

    /// <summary>Tick for an option priced at <paramref name="price"/> dollars per share.</summary>
    public static decimal For(TickSizeRule rule, decimal price) => rule switch
    {
        TickSizeRule.Standard => price < Boundary ? 0.05m : 0.10m,
        TickSizeRule.PennyPilot => price < Boundary ? 0.01m : 0.05m,
        _ => 0.01m,
    };
}
