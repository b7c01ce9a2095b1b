using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Fills;

/// <summary>The simulated execution of one leg.</summary>
/// <param name="OccSymbol">OCC symbol.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Effect">Open or close.</param>
/// <param name="Contracts">Contracts traded: combo quantity × ratio.</param>
/// <param name="Price">Dollars per share.</param>
public sealed record PaperLegFill(string OccSymbol, OrderSide Side, PositionEffect Effect, int Contracts, decimal Price);
