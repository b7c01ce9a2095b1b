namespace Kapman.Execution.Core.Brokers;

/// <summary>The broker's acknowledgement of a placed order: its id and the acknowledgement status (Tradier <c>{"order":{"id":…,"status":"ok"}}</c>).</summary>
/// <param name="OrderId">The broker's order id, as text.</param>
/// <param name="Status">The broker's acknowledgement status, e.g. <c>ok</c>; the fill state comes from <see cref="IBroker.GetOrderAsync"/>.</param>
public sealed record OrderPlacement(string OrderId, string Status);
