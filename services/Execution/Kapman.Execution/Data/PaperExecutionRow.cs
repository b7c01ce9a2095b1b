namespace Kapman.Execution.Data;

/// <summary>A row of <c>paper_executions</c>: contracts of one leg filled by the paper model; price $ per share, commission $.</summary>
/// <param name="Side">The broker-interface side name (BuyToOpen, SellToOpen, BuyToClose, SellToClose).</param>
public sealed record PaperExecutionRow(long Id, string OrderId, string OccSymbol, string Side, int Contracts, decimal Price, decimal Commission, DateTime At);
