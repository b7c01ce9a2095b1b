namespace Kapman.Recommendation.Decision.Ev;

/// <summary>
/// EV_net = POP × max_profit_usd − (1 − POP) × max_loss_usd − friction_usd (docs/domain/decision-engine.md#ev_net, seed 003
/// Appendix C), with max_profit_usd = credit_after_slippage × quantity × multiplier and max_loss_usd = (wing_width −
/// credit_after_slippage) × quantity × multiplier. All amounts in dollars for the whole position.
/// </summary>
/// <param name="Pop">Probability that every short leg expires out of the money, 0..1.</param>
/// <param name="CreditAfterSlippage">$ per share.</param>
/// <param name="WingWidth">$ per share (the wider wing).</param>
/// <param name="MaxProfitUsd">Dollars.</param>
/// <param name="MaxLossUsd">Dollars.</param>
/// <param name="FrictionUsd">Dollars.</param>
/// <param name="Value">EV_net, dollars.</param>
public sealed record EvNet(double Pop, double CreditAfterSlippage, double WingWidth, double MaxProfitUsd, double MaxLossUsd, double FrictionUsd, double Value)
{
    /// <summary>Computes EV_net from its parts.</summary>
    /// <param name="pop">0..1.</param>
    /// <param name="creditAfterSlippage">$ per share.</param>
    /// <param name="wingWidth">$ per share.</param>
    /// <param name="quantity">Structures.</param>
    /// <param name="multiplier">Shares per contract.</param>
    /// <param name="frictionUsd">Dollars.</param>
    /// <exception cref="ArgumentOutOfRangeException">POP outside 0..1 or a non-positive quantity or multiplier.</exception>
    public static EvNet Compute(double pop, double creditAfterSlippage, double wingWidth, int quantity, int multiplier, double frictionUsd)
    {
        if (pop is < 0d or > 1d || double.IsNaN(pop))
        {
            throw new ArgumentOutOfRangeException(nameof(pop), pop, "POP must be in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(multiplier);
        var maxProfit = creditAfterSlippage * quantity * multiplier;
        var maxLoss = (wingWidth - creditAfterSlippage) * quantity * multiplier;
        var value = (pop * maxProfit) - ((1d - pop) * maxLoss) - frictionUsd;
        return new EvNet(pop, creditAfterSlippage, wingWidth, maxProfit, maxLoss, frictionUsd, value);
    }

    /// <summary>
    /// EV_net of a structure whose extremes are not a wing width (seed 003 Appendix C read for the whole of Appendix H): the same
    /// POP × max_profit_usd − (1 − POP) × max_loss_usd − friction_usd with max_profit_usd and max_loss_usd the largest profit and
    /// loss of its P&amp;L at expiry (<see cref="Structures.ExpiryPayoff"/>) × quantity × multiplier. A debit structure enters at a
    /// negative <paramref name="creditAfterSlippage"/>, so its max loss is the debit paid and its max profit the width less that
    /// debit.
    /// </summary>
    /// <param name="pop">0..1.</param>
    /// <param name="creditAfterSlippage">$ per share received (negative for a debit paid).</param>
    /// <param name="wingWidth">The wider wing, $ per share (0 for a single leg); reported only.</param>
    /// <param name="maxProfitPerShare">Largest P&amp;L at expiry, $ per share.</param>
    /// <param name="maxLossPerShare">Largest loss at expiry as a positive number, $ per share.</param>
    /// <param name="quantity">Structures.</param>
    /// <param name="multiplier">Shares per contract.</param>
    /// <param name="frictionUsd">Dollars.</param>
    /// <exception cref="ArgumentOutOfRangeException">POP outside 0..1, an extreme not finite, or a non-positive quantity or multiplier.</exception>
    public static EvNet FromExtremes(
        double pop, double creditAfterSlippage, double wingWidth, double maxProfitPerShare, double maxLossPerShare, int quantity, int multiplier, double frictionUsd)
    {
        if (pop is < 0d or > 1d || double.IsNaN(pop))
        {
            throw new ArgumentOutOfRangeException(nameof(pop), pop, "POP must be in [0, 1].");
        }

        if (!double.IsFinite(maxProfitPerShare) || !double.IsFinite(maxLossPerShare))
        {
            throw new ArgumentOutOfRangeException(nameof(maxLossPerShare), maxLossPerShare, "The extremes must be finite.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(multiplier);
        var maxProfit = maxProfitPerShare * quantity * multiplier;
        var maxLoss = maxLossPerShare * quantity * multiplier;
        var value = (pop * maxProfit) - ((1d - pop) * maxLoss) - frictionUsd;
        return new EvNet(pop, creditAfterSlippage, wingWidth, maxProfit, maxLoss, frictionUsd, value);
    }
}
