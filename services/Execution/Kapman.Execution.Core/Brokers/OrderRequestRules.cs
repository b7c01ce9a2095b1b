namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// Checks every adapter applies before sending an order, so that a malformed order never reaches a broker: at most 4 legs (Tradier's
/// multileg class takes up to 4) and at least 2 for an opening multi-leg order (a close may have 1: the last leg of a group), distinct contracts, whole positive quantities, a positive limit with
/// at most 2 decimals for debit, credit and limit orders, closing sides only on closes, and a tag of letters, digits and '-'.
/// </summary>
public static class OrderRequestRules
{
    /// <summary>Most legs of one order.</summary>
    public const int MaximumLegs = 4;

    /// <summary>Longest client tag (Tradier: 255).</summary>
    public const int MaximumTagLength = 255;

    /// <summary>Throws when <paramref name="request"/> is not a valid multi-leg order; when <paramref name="closing"/>, every leg must close and one leg is enough.</summary>
    /// <exception cref="ArgumentException">The request breaks a rule; the message names it.</exception>
    public static void Validate(MultiLegOrderRequest request, bool closing)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateLegs(request.Underlying, request.Legs, minimumLegs: closing ? 1 : 2, closing);
        if (request.PriceType != NetPriceType.Even)
        {
            ValidatePrice(request.LimitPrice);
        }

        ValidateTag(request.Tag);
    }

    /// <summary>Throws when <paramref name="request"/> is not a valid single-leg limit order.</summary>
    /// <exception cref="ArgumentException">The request breaks a rule.</exception>
    public static void Validate(OptionOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateLegs(request.Underlying, [request.Leg], minimumLegs: 1, closing: false);
        ValidatePrice(request.LimitPrice);
        ValidateTag(request.Tag);
    }

    /// <summary>Throws when <paramref name="request"/> is not a valid emergency close: closing legs and a reason.</summary>
    /// <exception cref="ArgumentException">The request breaks a rule.</exception>
    public static void Validate(EmergencyCloseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateLegs(request.Underlying, request.Legs, minimumLegs: 1, closing: true);
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new ArgumentException("An emergency market close needs a reason.", nameof(request));
        }

        ValidateTag(request.Tag);
    }

    private static void ValidateLegs(string underlying, IReadOnlyList<OrderLeg> legs, int minimumLegs, bool closing)
    {
        if (string.IsNullOrWhiteSpace(underlying))
        {
            throw new ArgumentException("The order has no underlying.", nameof(underlying));
        }

        ArgumentNullException.ThrowIfNull(legs);
        if (legs.Count < minimumLegs || legs.Count > MaximumLegs)
        {
            throw new ArgumentException($"The order has {legs.Count} legs; {minimumLegs} to {MaximumLegs} are allowed.", nameof(legs));
        }

        if (legs.Select(l => l.OccSymbol).Distinct(StringComparer.Ordinal).Count() != legs.Count)
        {
            throw new ArgumentException("Two legs name the same contract.", nameof(legs));
        }

        foreach (var leg in legs)
        {
            if (string.IsNullOrWhiteSpace(leg.OccSymbol))
            {
                throw new ArgumentException("A leg has no contract.", nameof(legs));
            }

            if (leg.Quantity < 1)
            {
                throw new ArgumentException($"{leg.OccSymbol}: quantity {leg.Quantity} must be at least 1 contract.", nameof(legs));
            }

            if (closing && !leg.Side.IsClosing())
            {
                throw new ArgumentException($"{leg.OccSymbol}: {leg.Side} does not close a position.", nameof(legs));
            }
        }
    }

    private static void ValidatePrice(decimal price)
    {
        if (price <= 0m || decimal.Round(price, 2) != price)
        {
            throw new ArgumentException($"Limit price {price} must be positive with at most 2 decimals ($ per share).", nameof(price));
        }
    }

    private static void ValidateTag(string? tag)
    {
        if (tag is null)
        {
            return;
        }

        if (tag.Length is 0 or > MaximumTagLength || !tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"Tag '{tag}' must be 1 to {MaximumTagLength} letters, digits or '-'.", nameof(tag));
        }
    }
}
