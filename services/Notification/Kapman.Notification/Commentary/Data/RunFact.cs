namespace Kapman.Notification.Commentary.Data;

/// <summary>A run's counts as stored in <c>commentary_facts</c>.</summary>
public sealed record RunFact(int Issued, int NoTrade);
