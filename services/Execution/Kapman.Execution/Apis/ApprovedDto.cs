namespace Kapman.Execution.Apis;

/// <summary>The answer of an approval: the order.</summary>
public sealed record ApprovedDto(Guid OrderId);
