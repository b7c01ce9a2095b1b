using System.Net.Sockets;
using System.Text.Json;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.ServiceDefaults.Tests;

/// <summary>
/// An outage is waited out, a broken message is not: the classification the retry policy rests on, for the errors
/// PostgreSQL and the network really raise (SQLSTATE codes from the PostgreSQL manual, Appendix A).
/// </summary>
public class TransientFailureTests
{
    [TestCase("57P01", Description = "admin_shutdown: the server is stopping (pg_ctl stop -m fast)")]
    [TestCase("57P03", Description = "cannot_connect_now: the server is starting or in recovery")]
    [TestCase("08006", Description = "connection_failure")]
    [TestCase("53300", Description = "too_many_connections")]
    public void Server_shutdown_startup_and_connection_errors_are_outages(string sqlState) =>
        Assert.That(TransientFailure.Is(new PostgresException("server says no", "FATAL", "FATAL", sqlState)), Is.True);

    [TestCase("42P01", Description = "undefined_table: a broken deployment, retrying will not help")]
    [TestCase("23505", Description = "unique_violation")]
    [TestCase("22P02", Description = "invalid_text_representation")]
    public void Errors_of_the_statement_or_the_data_are_not_outages(string sqlState) =>
        Assert.That(TransientFailure.Is(new PostgresException("bad statement", "ERROR", "ERROR", sqlState)), Is.False);

    [Test]
    public void A_refused_connection_is_an_outage_however_deeply_wrapped()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

        Assert.That(TransientFailure.Is(refused), Is.True);
        Assert.That(TransientFailure.Is(new InvalidOperationException("stage failed", refused)), Is.True);
        Assert.That(TransientFailure.Is(new AggregateException(new ArgumentException("x"), refused)), Is.True);
        Assert.That(TransientFailure.Is(new TimeoutException()), Is.True);
    }

    [Test]
    public void Bugs_and_bad_payloads_are_not_outages()
    {
        Assert.That(TransientFailure.Is(new InvalidOperationException("Sequence contains no elements")), Is.False);
        Assert.That(TransientFailure.Is(new JsonException("bad payload")), Is.False);
        Assert.That(TransientFailure.Is(new AggregateException(new ArgumentException("x"), new FormatException())), Is.False);
    }

    [Test]
    public void The_outage_budget_outlasts_a_managed_database_failover()
    {
        // A managed failover takes 10-60 s (issue 16); the PostgreSQL trial stops the server for 60 s, and the first try
        // after it comes back may still meet a connection the outage broke.
        Assert.That(RetryPolicy.OutageBudget, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(120)));
        Assert.That(RetryPolicy.OutageIntervals, Is.Ordered, "waits never shrink");
    }

    [Test]
    public void A_dependency_that_is_back_is_tried_again_within_five_seconds()
    {
        Assert.That(RetryPolicy.OutageIntervals.Max(), Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(RetryPolicy.OutageIntervals[0], Is.EqualTo(TimeSpan.FromSeconds(1)), "a blip is retried at once");
    }
}
