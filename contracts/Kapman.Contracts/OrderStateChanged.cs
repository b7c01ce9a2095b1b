namespace Kapman.Contracts;

/// <summary>An order at the broker changed state (Execution).</summary>
/// <param name="OrderId">Execution's order id.</param>
/// <param name="OccSymbol">The contract, in OCC form.</param>
/// <param name="State">New state, e.g. <c>SUBMITTED</c>, <c>FILLED</c>, <c>CANCELLED</c>.</param>
public sealed record OrderStateChanged(
    Guid RunId, DateOnly SessionDate, Guid OrderId, string OccSymbol, string State, int SchemaVersion = 1) : IIntegrationEvent;
