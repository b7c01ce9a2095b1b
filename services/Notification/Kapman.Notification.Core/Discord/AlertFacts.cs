namespace Kapman.Notification.Core.Discord;

/// <summary>A Wyckoff alert as the event carries it.</summary>
/// <param name="Kind"><c>BC_EXIT</c> or <c>SPRING_ENTRY</c> (docs/domain/wyckoff-scores.md#decision-rules, seed 000 §11.4), <c>SPRING_SOS_ENTRY</c> or
/// <c>SOW_REDUCE</c> (docs/domain/wyckoff-scores.md#event-alerts, seed 001 §17.2).</param>
/// <param name="Ticker">The ticker.</param>
/// <param name="Score">BC on 0-28 for BC_EXIT and SOW_REDUCE, else Spring on 0-12.</param>
/// <param name="Session">The session.</param>
/// <param name="At">When the alert was raised (the embed's timestamp).</param>
public sealed record AlertFacts(string Kind, string Ticker, int Score, DateOnly Session, DateTimeOffset At)
{
    /// <summary>The post's identity: one per kind, ticker and session, as the alert email (MessageComposer.Alert).</summary>
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"alert:{Kind}:{Ticker}:{Session:yyyy-MM-dd}");
}
