using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram;

/// <summary>Checks <see cref="TelegramOptions"/> at startup. Disabled, only the ranges are checked; enabled, everything it needs must be set.</summary>
public sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.PollTimeoutSeconds is < 1 or > 50)
        {
            errors.Add($"{TelegramOptions.Section}:PollTimeoutSeconds must be 1-50.");
        }

        if (options.PollErrorDelaySeconds is < 1 or > 300)
        {
            errors.Add($"{TelegramOptions.Section}:PollErrorDelaySeconds must be 1-300.");
        }

        if (options.MaxRateLimitRetries is < 0 or > 10)
        {
            errors.Add($"{TelegramOptions.Section}:MaxRateLimitRetries must be 0-10.");
        }

        if (options.MaxRetryAfterSeconds is < 1 or > 3600)
        {
            errors.Add($"{TelegramOptions.Section}:MaxRetryAfterSeconds must be 1-3600.");
        }

        if (!options.IsWebhook && !string.Equals(options.Mode, TelegramOptions.PollingMode, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{TelegramOptions.Section}:Mode must be {TelegramOptions.PollingMode} or {TelegramOptions.WebhookMode}.");
        }

        if (options.Enabled)
        {
            if (!IsHttp(options.ApiBaseUrl))
            {
                errors.Add($"{TelegramOptions.Section}:ApiBaseUrl must be an absolute http(s) URL.");
            }

            if (!IsHttp(options.GatewayUrl))
            {
                errors.Add($"{TelegramOptions.Section}:GatewayUrl must be an absolute http(s) URL (the gateway, e.g. http://localhost:5000).");
            }

            if (options.AllowedChatIds.Count == 0)
            {
                errors.Add($"{TelegramOptions.Section}:AllowedChatIds must list at least one chat id.");
            }

            if (string.IsNullOrWhiteSpace(options.BotToken) || options.BotToken.Any(c => char.IsWhiteSpace(c) || c == '/'))
            {
                errors.Add($"{TelegramOptions.TokenVariable} must hold the bot token (no spaces or slashes).");
            }

            if (options.IsWebhook)
            {
                if (!IsHttp(options.WebhookUrl))
                {
                    errors.Add($"{TelegramOptions.Section}:WebhookUrl must be an absolute http(s) URL in webhook mode (the gateway's /api/notification/telegram/webhook).");
                }

                if (!IsSecretToken(options.WebhookSecret))
                {
                    errors.Add($"{TelegramOptions.WebhookSecretVariable} must hold the webhook secret in webhook mode (1-256 characters of A-Z, a-z, 0-9, _ and -).");
                }
            }

            if (string.IsNullOrWhiteSpace(options.ApiKey))
            {
                errors.Add($"{TelegramOptions.ApiKeyVariable} must hold the operator's gateway API key.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Bot API setWebhook: <c>secret_token</c> is 1-256 characters, only <c>A-Z</c>, <c>a-z</c>, <c>0-9</c>, <c>_</c> and <c>-</c>.</summary>
    internal static bool IsSecretToken(string? secret) =>
        secret is { Length: >= 1 and <= 256 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static bool IsHttp(Uri? url) => url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
