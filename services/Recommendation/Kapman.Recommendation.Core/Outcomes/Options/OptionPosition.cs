namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>
/// An issued recommendation's option position as the plan priced it (see <c>TradePlan</c>): one contract of 100 shares per leg set.
/// </summary>
/// <param name="Strategy">The strategy code (<c>StrategyCodes</c>); <c>CSP</c> is checked for assignment at expiry.</param>
/// <param name="Legs">The legs.</param>
/// <param name="Expiration">The legs' common expiry.</param>
/// <param name="NetPremium">Σ bought mids − Σ sold mids at entry, $ per share: &gt; 0 a debit paid, &lt; 0 a credit received; never 0.</param>
/// <param name="OptionStop">
/// The plan's option stop, $ per share (positive): a debit position is stopped when its value falls to it or below, a credit position when
/// the cost to buy it back rises to it or above; null when the plan set none.
/// </param>
public sealed record OptionPosition(string Strategy, IReadOnlyList<OptionLegPosition> Legs, DateOnly Expiration, double NetPremium, double? OptionStop);
