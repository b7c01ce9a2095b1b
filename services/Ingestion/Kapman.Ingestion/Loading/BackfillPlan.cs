namespace Kapman.Ingestion.Loading;

/// <summary>What a backfill loads: the days in [<paramref name="From"/>, <paramref name="To"/>], skipping sessions already loaded unless <paramref name="Force"/>.</summary>
public sealed record BackfillPlan(DateOnly From, DateOnly To, bool Force);
