namespace Kapman.Ingestion.Apis;

/// <summary>A stored split factor: new shares per old share from <paramref name="ExDate"/>, the ratio as text (<c>7:1</c>), and the evidence.</summary>
public sealed record SplitSuspectDto(string Ticker, DateOnly ExDate, double Factor, string Ratio, double ObservedRatio, double DollarVolumeRatio);
