namespace Kapman.Ingestion.Apis;

/// <summary>The rows quarantined while loading <paramref name="SessionDate"/>, by line number.</summary>
public sealed record SessionQuarantineDto(DateOnly SessionDate, IReadOnlyList<QuarantinedRowDto> Rows);
