namespace Kapman.Execution.Apis;

/// <summary>One leg of an approval: side BUY or SELL, contracts at the recommended size, the leg's mid in $ per share.</summary>
public sealed record ApprovalLegDto(string OccSymbol, string Side, int Quantity, decimal LimitPrice);
