namespace Kapman.Notification.Core.Telegram;

/// <summary>What an inline button decides on.</summary>
public enum CallbackSubject
{
    /// <summary>A recommendation (approve: execution places the order).</summary>
    Recommendation,

    /// <summary>A market report of the AI commentary (approve: it is distributed).</summary>
    Report,
}
