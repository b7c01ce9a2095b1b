using Kapman.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kapman.ServiceDefaults;

/// <summary>MassTransit over RabbitMQ plus the transactional outbox and the inbox.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// Adds MassTransit on RabbitMQ (<c>ConnectionStrings:RabbitMQ</c>, an <c>amqp://user:pass@host:port/vhost</c> URI),
    /// kebab-case endpoints prefixed with <paramref name="endpointPrefix"/> (so two services consuming the same
    /// event get separate queues), retries with exponential backoff (5 tries, 200 ms to 10 s) before the
    /// <c>_error</c> queue, the outbox relay, the outbox pruner (<see cref="OutboxOptions"/>, section <c>Kapman:Outbox</c>,
    /// validated at startup) and <see cref="ServiceDatabase"/>. Requires <see cref="PersistenceExtensions.AddKapmanPostgres"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No <c>ConnectionStrings:RabbitMQ</c> is configured.</exception>
    /// <exception cref="OptionsValidationException">At startup: <c>Kapman:Outbox</c> holds an invalid value.</exception>
    public static IHostApplicationBuilder AddKapmanMessaging(this IHostApplicationBuilder builder, string endpointPrefix, Action<IBusRegistrationConfigurator> configureConsumers)
    {
        var uri = new Uri(builder.Configuration.GetConnectionString("RabbitMQ")
            ?? throw new InvalidOperationException("ConnectionStrings:RabbitMQ is not configured (env ConnectionStrings__RabbitMQ)."));
        var (user, password) = Credentials(uri);

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<ServiceDatabase>();
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddOptions<OutboxOptions>()
            .Bind(builder.Configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.Validate() is null, $"{OutboxOptions.Section} is invalid: RetentionDays 0..{OutboxOptions.MaxRetentionDays}, PruneIntervalMinutes 1..1440.")
            .ValidateOnStart();
        builder.Services.AddSingleton<OutboxStore>();
        builder.Services.AddHostedService<OutboxPruner>();
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(endpointPrefix, false));
            configureConsumers(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(uri.Host, (ushort)(uri.IsDefaultPort ? 5672 : uri.Port), VirtualHost(uri), h =>
                {
                    h.Username(user);
                    h.Password(password);
                    // The outbox relay marks a row published only after Publish returns, so it must wait for the broker's ack.
                    h.PublisherConfirmation = true;
                });
                rabbit.PrefetchCount = 32;
                rabbit.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400)));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    private static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }

    private static string VirtualHost(Uri uri)
    {
        var path = uri.AbsolutePath.Trim('/');
        return path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
    }
}
