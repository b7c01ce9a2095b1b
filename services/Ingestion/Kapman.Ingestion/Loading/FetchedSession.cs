namespace Kapman.Ingestion.Loading;

/// <summary>A session's file as <see cref="SessionLoader.FetchAsync"/> found it, to be stored by <see cref="SessionLoader.StoreAsync"/>.</summary>
/// <param name="StartedAt">When the load started (UTC), recorded with the run.</param>
/// <param name="Read">The validated file, when there are rows to store; else null.</param>
/// <param name="Outcome">The load's result when there is nothing to store (closed day, missing, rejected or failed); else null.</param>
public sealed record FetchedSession(DateTimeOffset StartedAt, SessionFileReadResult? Read, SessionLoadResult? Outcome);
