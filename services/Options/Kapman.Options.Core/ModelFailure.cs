namespace Kapman.Options.Core;

/// <summary>
/// The status of a contract whose pricing model threw (IV solve, greeks or the American tree), written by
/// <see cref="ChainEnricher"/> (as <see cref="EnrichedContract.IvFailureReason"/>) and <see cref="OfflineGreeksCalculator"/>
/// (as <see cref="GreeksRow.Status"/>): that contract gets no IV and no greeks, the rest of the chain is priced.
/// </summary>
public static class ModelFailure
{
    /// <summary>The model rejected the contract's inputs (e.g. a volatility outside the tree's range).</summary>
    public const string ModelError = "MODEL_ERROR";

    /// <summary>
    /// True for the exceptions the pricing code throws on inputs it cannot price (<see cref="ArgumentException"/> and its
    /// out-of-range kind, <see cref="ArithmeticException"/>); anything else is a bug or an outage and is not caught.
    /// </summary>
    public static bool IsModelError(Exception exception) => exception is ArgumentException or ArithmeticException;
}
