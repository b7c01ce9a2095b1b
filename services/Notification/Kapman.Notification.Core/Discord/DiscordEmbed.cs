namespace Kapman.Notification.Core.Discord;

/// <summary>
/// What one tier's post says, in the shape of a Discord embed object (title, description, fields, color, timestamp, footer text).
/// </summary>
/// <param name="Title">Title (Discord allows 256 characters).</param>
/// <param name="Description">Description (4096 characters).</param>
/// <param name="Fields">Fields (at most 25).</param>
/// <param name="Color">The side bar's colour as an RGB integer, e.g. 0xE74C3C.</param>
/// <param name="Timestamp">When the event happened (shown by Discord in the reader's time zone).</param>
/// <param name="Footer">Footer text (2048 characters): the tier and its delay.</param>
public sealed record DiscordEmbed(string Title, string Description, IReadOnlyList<DiscordEmbedField> Fields, int Color, DateTimeOffset Timestamp, string Footer)
{
    /// <summary>Value equality over the fields' contents (a record compares lists by reference).</summary>
    public bool Equals(DiscordEmbed? other) =>
        other is not null && Title == other.Title && Description == other.Description && Fields.SequenceEqual(other.Fields) && Color == other.Color
        && Timestamp == other.Timestamp && Footer == other.Footer;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Description, Fields.Count, Color, Timestamp, Footer);
}
