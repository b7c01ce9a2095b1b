using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Fills;

/// <summary>A simulated combo fill.</summary>
/// <param name="Quantity">Combo units filled (may be less than asked when the quoted size is short).</param>
/// <param name="NetPrice">Net price, dollars per share, read with <see cref="PriceType"/> (negative only when a debit order would in fact be paid a credit).</param>
/// <param name="PriceType">Credit or debit (the order's).</param>
/// <param name="Legs">Per-leg executions.</param>
/// <param name="Commission">Dollars: contracts across legs × commission per contract.</param>
/// <param name="NetCash">Dollars into the account: ± NetPrice × 100 × Quantity − Commission (+ for a credit).</param>
public sealed record PaperFill(int Quantity, decimal NetPrice, PriceType PriceType, IReadOnlyList<PaperLegFill> Legs, decimal Commission, decimal NetCash);
