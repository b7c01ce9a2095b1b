using Kapman.Notification.Data.Telegram;
using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Instrumentation.Http;

namespace Kapman.Notification.Telegram;

/// <summary>Wires the Telegram approval queue (issue 20 item 2) and its plain alerts (item 1); the consumers are registered in the service's Extensions.cs.</summary>
public static class TelegramExtensions
{
    /// <summary>Marks a request to the Bot API, whose path holds the bot token, so tracing leaves it out.</summary>
    internal static readonly HttpRequestOptionsKey<bool> BotApiRequest = new("Kapman.Telegram.BotApi");

    /// <summary>
    /// Registers <see cref="TelegramOptions"/> (section <c>Kapman:Telegram</c>, token, key and webhook secret from the environment, validated at
    /// start), the Bot API client, the execution approval client, the send step, the callback handler, the update dispatcher, the webhook
    /// registration and the poller (the one hosted service: it registers the webhook in webhook mode). The webhook endpoint is mapped by
    /// <see cref="TelegramWebhookEndpoint.MapTelegramWebhook"/>. The Bot API's HttpClient has no
    /// loggers (the factory's loggers would print the URL with the token) and no resilience handler (its 10 s attempt timeout would cut
    /// a long poll; 429 is handled by <see cref="BotApiClient"/>), and its requests produce no trace span.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.Section)
            .Configure<IConfiguration>((o, configuration) =>
            {
                o.BotToken = configuration[TelegramOptions.TokenVariable];
                o.ApiKey = configuration[TelegramOptions.ApiKeyVariable];
                o.WebhookSecret = configuration[TelegramOptions.WebhookSecretVariable];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // EXTEXP0001: RemoveAllResilienceHandlers is the documented way to drop the handler ConfigureHttpClientDefaults adds.
#pragma warning disable EXTEXP0001
        services.AddHttpClient(BotApiClient.ClientName)
            .RemoveAllLoggers()
            .RemoveAllResilienceHandlers()
            .ConfigureHttpClient(c => c.Timeout = TimeSpan.FromSeconds(90));
#pragma warning restore EXTEXP0001
        services.AddHttpClient(ExecutionApprovalClient.ClientName);
        services.Configure<HttpClientTraceInstrumentationOptions>(o =>
        {
            var previous = o.FilterHttpRequestMessage;
            o.FilterHttpRequestMessage = request => !IsBotApi(request) && (previous?.Invoke(request) ?? true);
        });

        services.AddSingleton<TelegramStore>();
        services.AddSingleton<BotApiClient>();
        services.AddSingleton<ExecutionApprovalClient>();
        services.AddSingleton<ApprovalSendStep>();
        services.AddSingleton<TelegramAlertStore>();
        services.AddSingleton<AlertSendStep>();
        services.AddSingleton<CallbackHandler>();
        services.AddSingleton<TelegramUpdateStore>();
        services.AddSingleton<TelegramUpdateDispatcher>();
        services.AddSingleton<TelegramWebhookRegistration>();
        services.AddSingleton<TelegramPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<TelegramPoller>());
        return services;
    }

    /// <summary>True for a request of the Bot API client (marked by <see cref="BotApiClient"/>) or any path starting <c>/bot</c> with a token.</summary>
    internal static bool IsBotApi(HttpRequestMessage request) =>
        request.Options.TryGetValue(BotApiRequest, out var marked) && marked
        || request.RequestUri is { IsAbsoluteUri: true } uri && uri.AbsolutePath.StartsWith("/bot", StringComparison.Ordinal) && uri.AbsolutePath.Contains(':', StringComparison.Ordinal);
}
