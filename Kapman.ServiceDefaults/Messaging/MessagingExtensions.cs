using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Replay;
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
    /// event get separate queues), retries (<see cref="RetryPolicy"/>: minutes while a dependency is down, 5 tries
    /// of 200 ms to 10 s for a failure of the message itself) before the <c>_error</c> queue, the outbox relay, the
    /// outbox pruner (<see cref="OutboxOptions"/>, section <c>Kapman:Outbox</c>, validated at startup), the outbox lag gauge
    /// (<see cref="OutboxLagMonitor"/>) and
    /// <see cref="ServiceDatabase"/>. Requires <see cref="PersistenceExtensions.AddKapmanPostgres"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No <c>ConnectionStrings:RabbitMQ</c> is configured.</exception>
    /// <exception cref="ArgumentException">It is not an amqp:// or amqps:// URI with a user (see <see cref="RabbitMqEndpoint.Parse"/>).</exception>
    /// <exception cref="OptionsValidationException">At startup: <c>Kapman:Outbox</c> holds an invalid value.</exception>
    public static IHostApplicationBuilder AddKapmanMessaging(this IHostApplicationBuilder builder, string endpointPrefix, Action<IBusRegistrationConfigurator> configureConsumers)
    {
        var broker = RabbitMqEndpoint.Parse(builder.Configuration.GetConnectionString("RabbitMQ")
            ?? throw new InvalidOperationException("ConnectionStrings:RabbitMQ is not configured (env ConnectionStrings__RabbitMQ)."));

        builder.Services.AddSingleton(new EventProducer(endpointPrefix));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<ServiceDatabase>();
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddOptions<OutboxOptions>()
            .Bind(builder.Configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.Validate() is null, $"{OutboxOptions.Section} is invalid: RetentionDays 0..{OutboxOptions.MaxRetentionDays}, PruneIntervalMinutes 1..1440.")
            .ValidateOnStart();
        builder.Services.AddSingleton<OutboxStore>();
        builder.Services.AddHostedService<OutboxPruner>();
        builder.Services.AddHostedService<OutboxLagMonitor>();
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(endpointPrefix, false));
            // MassTransit's usage report goes to a remote service this desk must not call; offline it only logs warnings.
            bus.DisableUsageTelemetry();
            configureConsumers(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                broker.Configure(rabbit);
                rabbit.PrefetchCount = 32;
                // Outer: an outage of a dependency is waited out; inner: a failure of the message itself is retried
                // briefly, then the message goes to _error and MassTransit publishes Fault<T> (the run keeper marks the stage).
                rabbit.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(TransientFailure.Is);
                    r.Intervals(RetryPolicy.OutageIntervals);
                });
                rabbit.UseMessageRetry(r =>
                {
                    r.Ignore<Exception>(TransientFailure.Is);
                    r.Exponential(RetryPolicy.MessageFailureRetries, RetryPolicy.MessageFailureMinInterval, RetryPolicy.MessageFailureMaxInterval,
                        RetryPolicy.MessageFailureMinInterval * 2);
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
