namespace Kapman.Options.Core;

/// <summary>Values of <see cref="EnrichedContract.IvSource"/> and <see cref="EnrichedContract.GreeksSource"/>.</summary>
public static class ValueSource
{
    /// <summary>Taken from the feed as given.</summary>
    public const string Feed = "feed";

    /// <summary>Computed here (implied volatility solved from a price, or greeks from the model).</summary>
    public const string Computed = "computed";

    /// <summary>Not available.</summary>
    public const string None = "none";
}
