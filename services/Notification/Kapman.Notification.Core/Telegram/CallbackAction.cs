namespace Kapman.Notification.Core.Telegram;

/// <summary>What an inline button asks for.</summary>
public enum CallbackAction
{
    /// <summary>Approve the recommendation: execution places the order.</summary>
    Approve,

    /// <summary>Reject the recommendation.</summary>
    Reject,
}
