namespace Kapman.Notification.Core.Commentary;

/// <summary>A Wyckoff alert of the session (from <c>WyckoffAlertRaised</c>).</summary>
/// <param name="Ticker">The ticker.</param>
/// <param name="Kind">The rule that fired, e.g. <c>BC_EXIT</c>.</param>
/// <param name="Score">The score that fired it (BC 0-28, Spring 0-12).</param>
public sealed record SessionAlert(string Ticker, string Kind, int Score);
