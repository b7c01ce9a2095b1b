namespace Kapman.TradierStandIn;

/// <summary>A closed (part of a) position with its result in $, as <c>gainloss</c> reports it.</summary>
public sealed record StandInClosedPosition(string Symbol, decimal Quantity, decimal Cost, decimal Proceeds, DateTimeOffset OpenDate, DateTimeOffset CloseDate)
{
    /// <summary>Proceeds − cost.</summary>
    public decimal GainLoss => Proceeds - Cost;
}
