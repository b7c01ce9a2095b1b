using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kapman.ServiceDefaults.Tests;

/// <summary>
/// A service host as the services build it (service defaults, messaging with the outbox relay, default endpoints) on
/// a free loopback port, over a test database and a throw-away RabbitMQ virtual host, with <see cref="ProbeConsumer"/>.
/// </summary>
internal sealed class RelayHost : IAsyncDisposable
{
    private RelayHost(WebApplication app, Uri baseUrl, ConcurrentQueue<Guid> received, ConcurrentDictionary<Guid, ActivityTraceId> traces)
    {
        App = app;
        BaseUrl = baseUrl;
        Received = received;
        Traces = traces;
    }

    /// <summary>The running host.</summary>
    public WebApplication App { get; }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>MessageIds the probe consumer received, in order.</summary>
    public ConcurrentQueue<Guid> Received { get; }

    /// <summary>The trace each message was consumed in, by MessageId (default when there was no activity).</summary>
    public ConcurrentDictionary<Guid, ActivityTraceId> Traces { get; }

    /// <summary>
    /// Builds and starts the host; <paramref name="settings"/> are extra configuration values, <paramref name="configure"/> adds
    /// to the builder (logging, services) and <paramref name="consumers"/> registers consumers beside the probe.
    /// </summary>
    public static async Task<RelayHost> StartAsync(
        NpgsqlDataSource dataSource, Uri amqp, IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:RabbitMQ"] = amqp.ToString();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var received = new ConcurrentQueue<Guid>();
        builder.Services.AddSingleton(received);
        var traces = new ConcurrentDictionary<Guid, ActivityTraceId>();
        builder.Services.AddSingleton(traces);
        builder.Services.AddSingleton(dataSource);
        builder.AddServiceDefaults();
        configure?.Invoke(builder);
        builder.AddKapmanMessaging("relaytest", bus =>
        {
            bus.AddConsumer<ProbeConsumer>(typeof(ProbeConsumerDefinition));
            consumers?.Invoke(bus);
        });
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RelayHost(app, new Uri(address), received, traces);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
