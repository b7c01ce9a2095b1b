namespace Kapman.TelegramStandIn;

/// <summary>One webhook POST the stand-in made.</summary>
/// <param name="UpdateId">The update's <c>update_id</c>.</param>
/// <param name="Status">The HTTP status the webhook answered; 0 when it gave no answer.</param>
/// <param name="At">When the answer (or its absence) was recorded.</param>
public sealed record WebhookDelivery(long UpdateId, int Status, DateTimeOffset At);
