using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram;

/// <summary>
/// <c>POST /telegram/webhook</c> (through the gateway: <c>/api/notification/telegram/webhook</c>): where Telegram delivers updates in
/// webhook mode, a JSON-serialized <c>Update</c> with the header <c>X-Telegram-Bot-Api-Secret-Token</c> set to the <c>secret_token</c> given
/// to <c>setWebhook</c> (https://core.telegram.org/bots/api#setwebhook). The header is compared with <see cref="TelegramOptions.WebhookSecret"/>
/// in constant time (SHA-256 digests, <see cref="CryptographicOperations.FixedTimeEquals"/>): missing or wrong is a 401 problem and nothing
/// is read. The gateway checked the same header before forwarding; this is the second check. 404 problem when the service is not in webhook
/// mode; 400 problem for a body that is not an Update. An accepted update is answered 200 once handled (or dropped as a repeat,
/// <see cref="TelegramUpdateDispatcher"/>); a failure inside the handling is logged and still answered 200, so Telegram does not repeat it.
/// </summary>
public static class TelegramWebhookEndpoint
{
    /// <summary>The service's path.</summary>
    public const string Path = "/telegram/webhook";

    /// <summary>The header Telegram puts the secret token in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).WithName("TelegramWebhook").WithSummary("Telegram webhook updates (secret-token header required)").WithTags("Telegram")
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Checks the secret, reads the update and dispatches it; see <see cref="TelegramWebhookEndpoint"/>.</summary>
    public static async Task<IResult> ReceiveAsync(HttpContext context, IOptions<TelegramOptions> options, TelegramUpdateDispatcher dispatcher,
        IHostApplicationLifetime lifetime, ILogger<TelegramUpdateDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(lifetime);
        var settings = options.Value;
        if (!settings.Enabled || !settings.IsWebhook || settings.WebhookSecret is not { Length: > 0 } secret)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: "Telegram webhook mode is off");
        }

        if (!SecretMatches(context.Request.Headers[SecretHeader], secret))
        {
            TelegramWebhookLog.Refused(logger, context.Request.Headers.ContainsKey(SecretHeader) ? "wrong secret token" : "no secret token");
            context.Response.Headers.WWWAuthenticate = "TelegramSecretToken";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: SecretHeader + " missing or wrong");
        }

        BotUpdate? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<BotUpdate>(context.Request.Body, BotJson.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            update = null;
        }

        // Telegram's update identifiers are positive; a body without one (e.g. "{}") is not an Update.
        if (update is null or { UpdateId: <= 0 })
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: "the body is not a Bot API Update");
        }

        // Handled to the end even when Telegram hangs up: the update id is claimed first, so an interrupted handling would be lost.
        await dispatcher.DispatchAsync(update, TelegramOptions.WebhookMode, lifetime.ApplicationStopping);
        return Results.Ok();
    }

    /// <summary>True when exactly one <paramref name="presented"/> value equals <paramref name="expected"/>, compared in constant time.</summary>
    internal static bool SecretMatches(Microsoft.Extensions.Primitives.StringValues presented, string expected) =>
        presented.Count == 1 && CryptographicOperations.FixedTimeEquals(Digest(presented[0] ?? string.Empty), Digest(expected));

    private static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
