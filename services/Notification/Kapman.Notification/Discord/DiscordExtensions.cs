using Kapman.Notification.Discord.Data;
using Kapman.Notification.Discord.Webhook;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace Kapman.Notification.Discord;

/// <summary>Wires the Discord tiers: options, webhooks from the environment, the client, the scheduler, the store and the delivery worker.</summary>
public static class DiscordExtensions
{
    /// <summary>
    /// Adds <see cref="DiscordOptions"/> (section <c>Kapman:Discord</c>, validated at startup; when enabled, the three webhook variables must
    /// be set and well formed), the webhook client (no logging handler and no resilience handler: the token is in its path, and the
    /// worker owns retries), the span redactor, <see cref="DiscordScheduler"/>, <see cref="DiscordDeliveryStore"/> and
    /// <see cref="DiscordDeliveryWorker"/>. The consumers are registered with the service's other consumers.
    /// <paramref name="environment"/> reads the webhook variables (the process environment by default; a test passes its own).
    /// </summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var webhooks = DiscordWebhooks.FromEnvironment(environment ?? Environment.GetEnvironmentVariable);
        builder.Services.AddSingleton(webhooks);
        builder.Services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section)
            .Validate(o => o.Validate() is null, $"{DiscordOptions.Section} is invalid: a delay out of 0..86400 s, or a limit out of range.")
            .Validate<DiscordWebhooks>((o, hooks) => !o.Enabled || hooks.Problems.Count == 0,
                $"{DiscordOptions.Section}:Enabled is true but a webhook variable ({string.Join(", ", DiscordWebhooks.Variables.Values)}) is missing or malformed.")
            .ValidateOnStart();
        var http = builder.Services.AddHttpClient<DiscordWebhookClient>((services, client) =>
            {
                var settings = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
                client.BaseAddress = settings.ApiBaseUrl;
                client.Timeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds);
            })
            .RemoveAllLoggers();
        // EXTEXP0001: the documented way to drop the default resilience handler; retries are the worker's, recorded on the row.
#pragma warning disable EXTEXP0001
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new DiscordSpanRedactor()));
        builder.Services.AddSingleton<DiscordScheduler>();
        builder.Services.AddSingleton<DiscordDeliveryStore>();
        builder.Services.AddHostedService<DiscordDeliveryWorker>();
        return builder;
    }
}
