using Kapman.Cli.Cli;
using Kapman.ServiceDefaults;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kapman.Cli.Tests;

/// <summary>
/// A stopped service finishes the message it holds before it is killed (issue 16, item 14): the bus may take its stop
/// timeout to drain, the host waits longer than that, and <c>kapman down</c> waits longer than the host before it kills the AppHost.
/// Read from a host built as every Kapman service builds its own.
/// </summary>
public class ShutdownBudgetTests
{
    [Test]
    public async Task The_supervisor_waits_longer_than_the_host_which_waits_longer_than_the_bus()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:RabbitMQ"] = "amqp://guest:guest@127.0.0.1:5672/";
        builder.AddServiceDefaults();
        builder.AddKapmanMessaging("shutdown-test", _ => { });
        await using var app = builder.Build();

        var bus = app.Services.GetRequiredService<IOptions<MassTransitHostOptions>>().Value.StopTimeout;
        var host = app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

        Assert.That(bus, Is.Not.Null);
        Assert.That(host, Is.GreaterThan(bus!.Value), "the host lets the bus drain");
        Assert.That(AppHostProcess.StopTimeout, Is.GreaterThan(host), "kapman down lets the hosts stop");
    }
}
