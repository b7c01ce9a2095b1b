using Kapman.Notification.Core;

namespace Kapman.Notification.Application;

/// <summary>
/// Sends a composed message on every channel the routing table names for its kind (issue 20 items 1 and 6): Telegram as a plain alert
/// (<see cref="TelegramAlertRoute"/>), then email (<see cref="EmailDispatcher"/>). Each channel keeps its own at-most-once claim and its
/// own pause, so a consumer's retry (an email that certainly did not go out) sends nothing twice on Telegram. Telegram goes first so an
/// SMTP server that is down does not hold back the chat. Discord's tiers are scheduled by their own consumers.
/// </summary>
/// <param name="email">The email sender.</param>
/// <param name="telegram">The Telegram alert sender; null where the host wires no Telegram (some tests): email only.</param>
public sealed class MessageDistributor(EmailDispatcher email, TelegramAlertRoute? telegram = null)
{
    /// <summary>Sends <paramref name="message"/>; returns what email did with it (the run summary's stage outcome depends on it).</summary>
    /// <exception cref="EmailNotSentException">The email certainly did not go out (the consumer's retry sends it; Telegram's claim holds).</exception>
    public async Task<DispatchOutcome> DistributeAsync(ComposedMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (telegram is not null)
        {
            await telegram.SendAsync(message, ct);
        }

        return await email.DispatchAsync(message, ct);
    }
}
