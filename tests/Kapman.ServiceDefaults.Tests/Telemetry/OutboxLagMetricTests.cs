using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.ServiceDefaults.Tests.Telemetry;

/// <summary>
/// The outbox lag gauge on a real <c>/metrics</c> scrape (the Prometheus alert KapmanOutboxLag reads it): a row written
/// 300 s ago that the relay cannot take (the test holds its row lock, which the relay's SKIP LOCKED passes over) shows
/// as an age of at least 300 s; once released and published, the age is back to 0.
/// </summary>
[TestFixture]
public sealed partial class OutboxLagMetricTests
{
    private const string Schema = "lagtest";
    private const string Series = "kapman_outbox_oldest_unpublished_age_seconds";

    [Test]
    public async Task The_age_of_the_oldest_waiting_row_is_exported_and_falls_to_zero_once_it_is_published()
    {
        await using var database = await ServiceTestDatabase.CreateAsync(Schema, typeof(OutboxRelay).Assembly);
        await using var vhost = await RabbitVirtualHost.CreateAsync("kapman_lag_tests");
        var messageId = Guid.NewGuid();
        await using var locker = await database.DataSource.OpenConnectionAsync();
        await using (var lockTx = await locker.BeginTransactionAsync())
        {
            await locker.ExecuteAsync(
                """
                INSERT INTO outbox (message_id, message_type, payload, session_date, created_at)
                VALUES (@messageId, 'Kapman.Contracts.RecommendationsGenerated',
                        CAST(@payload AS jsonb), DATE '2025-08-26', now() - interval '300 seconds')
                """,
                new { messageId, payload = $$"""{"runId": "{{Guid.NewGuid()}}", "sessionDate": "2025-08-26", "issued": 1, "noTrade": 0, "schemaVersion": 1}""" },
                lockTx);
            await lockTx.CommitAsync();
        }

        await using var hold = await locker.BeginTransactionAsync();
        await locker.ExecuteAsync("SELECT 1 FROM outbox WHERE message_id = @messageId FOR UPDATE", new { messageId }, hold);
        await using var host = await RelayHost.StartAsync(database.DataSource, vhost.AmqpUri);
        using var http = new HttpClient { BaseAddress = host.BaseUrl };

        var waiting = await ScrapeUntilAsync(http, age => age >= 300);
        await hold.CommitAsync();
        var published = await ScrapeUntilAsync(http, age => age == 0);

        Assert.Multiple(() =>
        {
            Assert.That(waiting, Is.InRange(300.0, 360.0), "the locked row's age");
            Assert.That(published, Is.Zero, "nothing waits once the relay has published the row");
            Assert.That(host.Received, Does.Contain(messageId));
        });
    }

    /// <summary>The gauge's value from <c>/metrics</c> once <paramref name="done"/> holds, or the last one after 30 s.</summary>
    private static async Task<double?> ScrapeUntilAsync(HttpClient http, Func<double, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        double? value = null;
        while (DateTime.UtcNow < deadline)
        {
            var text = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            var match = Sample().Match(text);
            value = match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            if (value is { } v && done(v))
            {
                return v;
            }

            await Task.Delay(250);
        }

        return value;
    }

    [GeneratedRegex($@"^{Series}(?:\{{[^}}]*\}})? ([0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
