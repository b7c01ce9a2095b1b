using Kapman.Web.Clients;

namespace Kapman.Web.Tests;

/// <summary>The management API's virtual host follows the services' AMQP URI (RabbitMQ URI spec: path = vhost, percent-encoded).</summary>
[TestFixture]
public sealed class RabbitMqOptionsTests
{
    [TestCase("amqp://guest:guest@127.0.0.1:5672/", "/")]
    [TestCase("amqp://guest:guest@127.0.0.1:5672", "/")]
    [TestCase("amqp://guest:guest@127.0.0.1:5672/kapman_it", "kapman_it")]
    [TestCase("amqp://guest:guest@127.0.0.1:5672/%2F", "/")]
    [TestCase("amqp://guest:guest@127.0.0.1:5672/a%2Fb", "a/b")]
    [TestCase(null, "/")]
    [TestCase("not a uri", "/")]
    public void VirtualHostOf_ReadsThePath(string? uri, string expected) =>
        Assert.That(RabbitMqOptions.VirtualHostOf(uri), Is.EqualTo(expected));
}
