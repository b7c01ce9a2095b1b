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
}
