namespace Kapman.Notification.Core.Routing;

/// <summary>The channels a message can go out on (issue 20 item 1; seed 003 §4 task 5.2.1 names the same three).</summary>
public static class Channels
{
    /// <summary>SMTP email (<c>Kapman:Smtp</c>).</summary>
    public const string Email = "email";

    /// <summary>The Telegram bot (<c>Kapman:Telegram</c>): the approval queue, and a plain message for every other kind.</summary>
    public const string Telegram = "telegram";

    /// <summary>The Discord tier webhooks (<c>Kapman:Discord</c>, seed 004 §8); <c>discord</c> in a route means every tier, <c>discord:premium</c> one.</summary>
    public const string Discord = "discord";

    /// <summary>Every channel, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Email, Telegram, Discord];
}
