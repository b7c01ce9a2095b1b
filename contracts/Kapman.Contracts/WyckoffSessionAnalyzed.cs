namespace Kapman.Contracts;

/// <summary>Wyckoff snapshots of the session are stored in <c>wyckoff.snapshots</c>.</summary>
/// <param name="Tickers">Tickers analysed.</param>
/// <param name="Alerts">Alerts raised (each also published as <see cref="WyckoffAlertRaised"/>).</param>
public sealed record WyckoffSessionAnalyzed(Guid RunId, DateOnly SessionDate, int Tickers, int Alerts, int SchemaVersion = 1) : IIntegrationEvent;
