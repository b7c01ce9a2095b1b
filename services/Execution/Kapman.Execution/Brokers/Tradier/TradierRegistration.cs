using Microsoft.Extensions.Options;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// Registers <see cref="TradierOptions"/> (validated at start) and, only when <c>Kapman:Execution:Tradier:Enabled</c> is true, the
/// <see cref="TradierConnection"/> (token from <see cref="TradierConnection.TokenVariable"/>) and the typed client <see cref="TradierBroker"/>.
/// The broker is not wired into the order flow here; nothing resolves it until that is done.
/// </summary>
public static class TradierRegistration
{
    /// <summary>Longest wait for one Tradier answer.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Adds the Tradier registrations to <paramref name="builder"/>.</summary>
    public static IHostApplicationBuilder AddTradierBroker(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TradierOptions>().BindConfiguration(TradierOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TradierOptions>, TradierOptionsValidator>();
        var enabled = builder.Configuration.GetValue<bool>($"{TradierOptions.Section}:{nameof(TradierOptions.Enabled)}");
        if (!enabled)
        {
            return builder;
        }

        builder.Services.AddSingleton(sp => TradierConnection.From(
            sp.GetRequiredService<IOptions<TradierOptions>>().Value,
            Environment.GetEnvironmentVariable(TradierConnection.TokenVariable)));
        builder.Services.TryAddTimeProvider();
        var http = builder.Services.AddHttpClient<TradierBroker>();
        // The adapter retries 429s itself within known bounds and never retries an order POST otherwise; the standard handler
        // that ServiceDefaults puts on every client would add its own retries (EXTEXP0001: the documented way to remove it).
#pragma warning disable EXTEXP0001
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        http.ConfigureHttpClient(client => client.Timeout = RequestTimeout);
        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
