namespace Kapman.Notification.Apis;

/// <summary>The answer to a pause or resume.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Paused">Its state now.</param>
/// <param name="Changed">False when it already was in that state.</param>
/// <param name="Released">On resume, the held messages sent (email, Telegram; Discord's deliveries go out with its worker's next pass).</param>
public sealed record ChannelChangeDto(string Channel, bool Paused, bool Changed, int Released);
