namespace Kapman.Contracts;

/// <summary>Command that starts the daily pipeline for one session. Consumed by Ingestion.</summary>
/// <param name="RunId">Identifier of the run record created by the requester.</param>
/// <param name="SessionDate">The NYSE session to process.</param>
/// <param name="Scope">Which universe to run: <c>all</c> (every ticker in the session file) is the default.</param>
public sealed record RunDailyPipeline(Guid RunId, DateOnly SessionDate, string Scope, int SchemaVersion = 1) : IIntegrationEvent;
