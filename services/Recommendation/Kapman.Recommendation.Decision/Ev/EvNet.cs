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
}
