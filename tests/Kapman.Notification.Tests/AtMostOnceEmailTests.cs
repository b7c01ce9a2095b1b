using Dapper;
using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.IntegrationEvents.EventHandling;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests;

/// <summary>
/// Emails go out at most once, on real PostgreSQL and a local SMTP stand-in: a commit that fails after the send does not
/// send the mail again on redelivery, and a server that never answers is cut off by the timeout and not retried.
/// </summary>
[TestFixture]
public sealed class AtMostOnceEmailTests
{
    private ServiceTestDatabase database = null!;

    [SetUp]
    public async Task CreateDatabase() =>
        database = await ServiceTestDatabase.CreateAsync("notification", typeof(EmailDispatcher).Assembly);

    [TearDown]
    public async Task DropDatabase() => await database.DisposeAsync();

    [Test]
    public async Task CommitFailsAfterTheSend_RedeliveryDoesNotSendAgain()
    {
        await using var smtp = new SmtpStandIn(silentAfterData: false);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            // The first commit that records an inbox row fails (a sequence survives the rollback, so only the first).
            await connection.ExecuteAsync(
                """
                CREATE SEQUENCE commit_attempts;
                CREATE FUNCTION fail_first_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF nextval('commit_attempts') = 1 THEN RAISE EXCEPTION 'simulated commit failure'; END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER fail_first_commit AFTER INSERT ON inbox DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW EXECUTE FUNCTION fail_first_commit();
                """);
        }

        await using var provider = Services(smtp.Port, 10);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var alert = new WyckoffAlertRaised(Guid.NewGuid(), new DateOnly(2025, 8, 26), "AAPL", WyckoffAlertKinds.BcExit, 25);
        var messageId = Guid.NewGuid();

        await harness.Bus.Publish(alert, c => c.MessageId = messageId);
        Assert.That(await harness.Published.Any<Fault<WyckoffAlertRaised>>(), Is.True, "the first commit failed");
        await harness.Bus.Publish(alert, c => c.MessageId = messageId);
        var processed = await WaitAsync(async () =>
        {
            await using var connection = await database.DataSource.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM inbox WHERE message_id = @messageId)", new { messageId });
        });

        Assert.Multiple(() =>
        {
            Assert.That(processed, Is.True, "the redelivery committed");
            Assert.That(smtp.Mails, Is.EqualTo(1));
        });
    }

    private const int TimeoutSeconds = 5;

    [Test]
    public async Task ServerNeverAnswers_TimesOutLeavesTheMessageUnknownAndNeverResendsIt()
    {
        // 5 s, not 1: the deadline covers connect and EHLO too, and on a loaded CI machine MailKit's first connection alone
        // once took over a second, so the send failed before DATA (a FAILED row) instead of hanging after it.
        await using var smtp = new SmtpStandIn(silentAfterData: true);
        await using var provider = Services(smtp.Port, TimeoutSeconds);
        var dispatcher = provider.GetRequiredService<EmailDispatcher>();
        var message = Kapman.Notification.Core.MessageComposer.Alert(WyckoffAlertKinds.SpringEntry, "MSFT", 9, new DateOnly(2025, 8, 26));

        var started = DateTime.UtcNow;
        var first = await dispatcher.DispatchAsync(message, CancellationToken.None);
        var took = DateTime.UtcNow - started;
        var second = await dispatcher.DispatchAsync(message, CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var (status, error) = await connection.QuerySingleAsync<(string, string?)>("SELECT status, error FROM messages");
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(DispatchOutcome.Unknown));
            Assert.That(took, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(TimeoutSeconds - 0.5)).And.LessThan(TimeSpan.FromSeconds(TimeoutSeconds + 10)), "cut off at the timeout");
            Assert.That(second, Is.EqualTo(DispatchOutcome.AlreadyHandled));
            Assert.That(smtp.Mails, Is.EqualTo(1), "one DATA transaction only");
            Assert.That(status, Is.EqualTo("SENDING"));
            Assert.That(error, Does.Contain($"no answer within {TimeoutSeconds} s"));
        });
    }

    [Test]
    public async Task ServerUnreachable_MarksFailedAndTheRetrySends()
    {
        await using var provider = Services(FreeLoopbackPort(), 5);
        var dispatcher = provider.GetRequiredService<EmailDispatcher>();
        var message = Kapman.Notification.Core.MessageComposer.Alert(WyckoffAlertKinds.SpringEntry, "MSFT", 9, new DateOnly(2025, 8, 26));

        Assert.That(async () => await dispatcher.DispatchAsync(message, CancellationToken.None), Throws.InstanceOf<EmailNotSentException>().With.InnerException.InstanceOf<System.Net.Sockets.SocketException>());
        await using var smtp = new SmtpStandIn(silentAfterData: false);
        await using var retryProvider = Services(smtp.Port, 5);
        var retry = await retryProvider.GetRequiredService<EmailDispatcher>().DispatchAsync(message, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(retry, Is.EqualTo(DispatchOutcome.Sent));
            Assert.That(smtp.Mails, Is.EqualTo(1));
        });
    }

    private ServiceProvider Services(int smtpPort, int timeoutSeconds) =>
        EmailServices.Build(database.DataSource, smtpPort, timeoutSeconds, bus => bus.AddConsumer<WyckoffAlertRaisedConsumer>());

    private static int FreeLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
