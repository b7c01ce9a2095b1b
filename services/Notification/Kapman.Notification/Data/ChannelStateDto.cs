namespace Kapman.Notification.Data;

/// <summary>A channel's control state (<c>GET /channels</c>).</summary>
/// <param name="Channel">email, telegram or discord.</param>
/// <param name="Paused">True while the operator has it paused.</param>
/// <param name="Reason">The operator's reason for the last change, if given.</param>
/// <param name="ChangedAt">When it was last paused or resumed (UTC); null if never.</param>
/// <param name="Held">Email or Telegram messages waiting for the resume.</param>
public sealed record ChannelStateDto(string Channel, bool Paused, string? Reason, DateTime? ChangedAt, int Held);
