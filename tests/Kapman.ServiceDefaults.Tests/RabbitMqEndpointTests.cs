using System.Net;
using System.Net.Sockets;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;

namespace Kapman.ServiceDefaults.Tests;

/// <summary>
/// An <c>amqps://</c> connection string really uses TLS (issue 16): before, it connected in plain AMQP to port 5672.
/// Proven on the wire: a local listener records the first bytes the bus sends, a TLS ClientHello (record type 0x16,
/// version 3.x, RFC 8446 §5.1) or AMQP's protocol header <c>AMQP\0\0\9\1</c>.
/// </summary>
public class RabbitMqEndpointTests
{
    [Test]
    public void The_uri_gives_host_port_vhost_credentials_and_tls()
    {
        Assert.That(RabbitMqEndpoint.Parse("amqps://kapman:p%40ss@mq.internal/desk"),
            Is.EqualTo(new RabbitMqEndpoint("mq.internal", 5671, "desk", "kapman", "p@ss", true)));
        Assert.That(RabbitMqEndpoint.Parse("amqp://kapman:pw@127.0.0.1/"),
            Is.EqualTo(new RabbitMqEndpoint("127.0.0.1", 5672, "/", "kapman", "pw", false)));
        Assert.That(RabbitMqEndpoint.Parse("amqp://kapman:pw@127.0.0.1:5999/a%2Fb").VirtualHost, Is.EqualTo("a/b"));
    }

    [Test]
    public void Bad_values_are_refused_without_echoing_the_password_and_without_a_guest_fallback()
    {
        var malformed = Assert.Throws<ArgumentException>(() => RabbitMqEndpoint.Parse("amqp//kapman:Sup3rSecret@127.0.0.1/"));
        Assert.That(malformed!.Message, Does.Not.Contain("Sup3rSecret"));
        Assert.That(() => RabbitMqEndpoint.Parse("amqp://127.0.0.1/"), Throws.ArgumentException.With.Message.Contains("no user"));
        Assert.That(RabbitMqEndpoint.Parse("amqp://kapman:Sup3rSecret@127.0.0.1/").ToString(), Does.Not.Contain("Sup3rSecret"));
    }

    [TestCase("amqps", new byte[] { 0x16, 0x03 }, Description = "TLS handshake record")]
    [TestCase("amqp", new byte[] { (byte)'A', (byte)'M', (byte)'Q', (byte)'P' }, Description = "AMQP 0-9-1 protocol header")]
    public async Task The_bus_speaks_tls_on_the_wire_exactly_when_the_scheme_says_amqps(string scheme, byte[] expectedStart)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var endpoint = RabbitMqEndpoint.Parse($"{scheme}://kapman:pw@localhost:{port}/");
        var bus = Bus.Factory.CreateUsingRabbitMq(endpoint.Configure);

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var starting = bus.StartAsync(stop.Token);
        using var client = await listener.AcceptTcpClientAsync(stop.Token);
        var first = new byte[expectedStart.Length];
        await client.GetStream().ReadExactlyAsync(first, stop.Token);
        client.Close();
        await stop.CancelAsync();
        try
        {
            await starting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or RabbitMqConnectionException or MassTransitException)
        {
            // Expected: nothing here speaks AMQP back.
        }

        Assert.That(first, Is.EqualTo(expectedStart));
    }
}
