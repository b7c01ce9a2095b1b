using System.Security.Cryptography;
using System.Text;

namespace Kapman.Gateway.Security;

/// <summary>
/// The one mutating path the API key does not open: <c>POST /api/notification/telegram/webhook</c>, where Telegram delivers bot updates in
/// webhook mode. Telegram cannot send <c>X-Api-Key</c>; it sends the <c>secret_token</c> given to <c>setWebhook</c> in
/// <c>X-Telegram-Bot-Api-Secret-Token</c> (https://core.telegram.org/bots/api#setwebhook). The gateway admits that path only when the header
/// (exactly one value) equals <c>TELEGRAM_WEBHOOK_SECRET</c>, comparing SHA-256 digests with <see cref="CryptographicOperations.FixedTimeEquals"/>;
/// with no secret configured it admits nothing there. The header is forwarded, and the notification service checks it again. Only the
/// digest is kept; the secret is never logged.
/// </summary>
internal sealed class TelegramWebhookGate
{
    /// <summary>Variable holding the webhook secret (the same value the notification service gives setWebhook).</summary>
    public const string SecretVariable = "TELEGRAM_WEBHOOK_SECRET";

    /// <summary>The header Telegram puts the secret token in.</summary>
    public const string HeaderName = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>The webhook's path at the gateway (the notification service's <c>/telegram/webhook</c>).</summary>
    public static readonly PathString WebhookPath = new("/api/notification/telegram/webhook");

    private readonly byte[]? secretDigest;

    private TelegramWebhookGate(byte[]? secretDigest) => this.secretDigest = secretDigest;

    /// <summary>Whether a secret is configured (otherwise every webhook request is refused).</summary>
    public bool IsConfigured => secretDigest is not null;

    /// <summary>Reads <see cref="SecretVariable"/>; unset or empty leaves the webhook closed.</summary>
    public static TelegramWebhookGate From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new TelegramWebhookGate(configuration[SecretVariable] is { Length: > 0 } secret ? Digest(secret) : null);
    }

    /// <summary>True for a POST (any case) to <see cref="WebhookPath"/> (any case, as routing matches it).</summary>
    public static bool IsWebhookRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method) && request.Path.Equals(WebhookPath, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a secret is configured and the request carries exactly one <see cref="HeaderName"/> equal to it.</summary>
    public bool Admits(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var presented = request.Headers[HeaderName];
        return secretDigest is not null && presented.Count == 1 && CryptographicOperations.FixedTimeEquals(secretDigest, Digest(presented[0] ?? string.Empty));
    }

    private static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
