namespace Kapman.Ingestion.Apis;

/// <summary>A day whose latest load attempt rejected its file whole, and why.</summary>
public sealed record RejectedFileDto(DateOnly SessionDate, string Source, string? Error);
