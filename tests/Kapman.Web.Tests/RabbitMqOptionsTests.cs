using Kapman.Web.Clients;

namespace Kapman.Web.Tests;

/// <summary>The management API's virtual host and credentials follow the services' AMQP URI (RabbitMQ URI spec: path = vhost, percent-encoded).</summary>
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

    [TestCase("amqp://kapman:s3cr%40t%3Ax@127.0.0.1:5672/", "kapman", "s3cr@t:x", Description = "percent-encoded @ and : in the password")]
    [TestCase("amqps://ops:pw@broker.internal:5671/kapman", "ops", "pw")]
    [TestCase("amqp://127.0.0.1:5672/", "", "", Description = "no user: no guest fallback")]
    [TestCase(null, "", "")]
    [TestCase("not a uri", "", "")]
    public void CredentialsOf_ReadsTheUserInfo(string? uri, string user, string password) =>
        Assert.That(RabbitMqOptions.CredentialsOf(uri), Is.EqualTo((user, password)));
}
