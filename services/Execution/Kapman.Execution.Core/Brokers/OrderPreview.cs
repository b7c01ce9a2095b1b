namespace Kapman.Execution.Core.Brokers;

/// <summary>What the broker says an order would do, without placing it (Tradier <c>preview=true</c>).</summary>
/// <param name="Accepted">True when the broker would accept the order.</param>
/// <param name="Commission">Commission in $ for the whole order, when given.</param>
/// <param name="Fees">Regulatory and other fees in $ for the whole order, when given.</param>
/// <param name="Cost">Net cash effect in $ for the whole order as the broker reports it, when given.</param>
/// <param name="MarginChange">Change of the margin requirement in $, when given.</param>
/// <param name="Strategy">The broker's name of the structure (e.g. <c>spread</c>, <c>condor</c>), when given.</param>
public sealed record OrderPreview(bool Accepted, decimal? Commission, decimal? Fees, decimal? Cost, decimal? MarginChange, string? Strategy);
