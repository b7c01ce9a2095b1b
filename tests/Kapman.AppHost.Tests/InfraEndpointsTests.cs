using Kapman.AppHost.Suite;

namespace Kapman.AppHost.Tests;

public class InfraEndpointsTests
{
    [Test]
    public void Postgres_host_and_port_come_from_the_connection_string()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InfraEndpoints.Postgres("Host=db.local;Port=6543;Database=kapman"), Is.EqualTo(("db.local", 6543)));
            Assert.That(InfraEndpoints.Postgres("Host=127.0.0.1;Database=kapman"), Is.EqualTo(("127.0.0.1", 5432)));
            Assert.That(InfraEndpoints.Postgres("Host=/var/run/postgresql;Port=5433;Username=postgres"), Is.EqualTo(("127.0.0.1", 5433)),
                "a Unix-socket directory is probed on loopback at its port");
        });
    }

    [Test]
    public void RabbitMq_host_and_port_come_from_the_amqp_uri()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InfraEndpoints.RabbitMq("amqp://guest:guest@127.0.0.1:5672/"), Is.EqualTo(("127.0.0.1", 5672)));
            Assert.That(InfraEndpoints.RabbitMq("amqp://u:p@mq:5999/vhost"), Is.EqualTo(("mq", 5999)));
            Assert.That(InfraEndpoints.RabbitMq("amqp://mq/"), Is.EqualTo(("mq", 5672)));
            Assert.That(InfraEndpoints.RabbitMq("amqps://mq/"), Is.EqualTo(("mq", 5671)), "TLS's port");
        });
    }

    [Test]
    public void Malformed_values_are_rejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => InfraEndpoints.RabbitMq("http://127.0.0.1:5672/"), Throws.ArgumentException);
            Assert.That(() => InfraEndpoints.Postgres("Database=kapman"), Throws.ArgumentException);
        });
    }

    [Test]
    public void A_malformed_RabbitMQ_uri_is_rejected_without_echoing_its_password()
    {
        var error = Assert.Throws<ArgumentException>(() => InfraEndpoints.RabbitMq("amqp//kapman:Sup3rSecret@127.0.0.1:5672/"));

        Assert.That(error!.Message, Does.Not.Contain("Sup3rSecret"));
        Assert.That(error.Message, Does.Contain("amqp://"));
    }
}
