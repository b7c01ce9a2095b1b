using Dapper;
using Kapman.Contracts;
using Kapman.Wyckoff.Replay;

namespace Kapman.Wyckoff.Tests;

/// <summary>The replay's request rules and its read of the Metrics outbox.</summary>
public sealed class ReplayTests : DatabaseTest
{
    [TestCase("IndicatorsComputed", "2025-08-01", "2025-08-29", null, TestName = "A range of IndicatorsComputed is accepted")]
    [TestCase("IndicatorsComputed", "2025-08-02", "2025-08-01", "from must not be after to.", TestName = "from after to is refused")]
    [TestCase("BarsIngested", "2025-08-01", "2025-08-01", "event must be 'IndicatorsComputed', not 'BarsIngested'.", TestName = "Another event is refused")]
    [TestCase("IndicatorsComputed", "1997-12-31", "2025-08-01", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A year before the calendar is refused")]
    [TestCase("IndicatorsComputed", "2099-12-01", "2100-01-04", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A year after the calendar is refused")]
    [TestCase("IndicatorsComputed", "0001-01-01", "0001-01-01", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "Missing dates are refused")]
    [TestCase("IndicatorsComputed", "2000-01-01", "2010-01-09", "from and to must be at most 3660 days apart.", TestName = "A range over 3660 days is refused")]
    [TestCase("IndicatorsComputed", "2000-01-01", "2010-01-08", null, TestName = "A range of 3660 days is accepted")]
    public void Request_rules(string? eventName, string from, string to, string? problem)
    {
        Assert.That(new ReplayRequest(eventName, DateOnly.Parse(from), DateOnly.Parse(to)).Problem(), Is.EqualTo(problem));
    }

    [Test]
    public async Task Reads_the_stored_indicators_computed_events_of_the_range_in_session_order()
    {
        var runs = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        await using (var connection = await DataSource.OpenConnectionAsync())
        {
            // The shape of ServiceDefaults' outbox, in the metrics schema, with payloads written as OutboxTransaction does.
            await connection.ExecuteAsync(
                """
                CREATE SCHEMA metrics;
                CREATE TABLE metrics.outbox (id bigserial PRIMARY KEY, message_id uuid NOT NULL UNIQUE, message_type text NOT NULL,
                    payload jsonb NOT NULL, run_id uuid, session_date date, created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz);
                INSERT INTO metrics.outbox (message_id, message_type, payload, session_date) VALUES
                  (gen_random_uuid(), 'Kapman.Contracts.IndicatorsComputed', CAST(@p2 AS jsonb), '2025-08-27'),
                  (gen_random_uuid(), 'Kapman.Contracts.IndicatorsComputed', CAST(@p1 AS jsonb), '2025-08-26'),
                  (gen_random_uuid(), 'Kapman.Contracts.IndicatorsComputed', CAST(@p3 AS jsonb), '2025-09-02'),
                  (gen_random_uuid(), 'Kapman.Contracts.MetricsFailed', '{}', '2025-08-26');
                """,
                new
                {
                    p1 = $$"""{"runId":"{{runs[0]}}","sessionDate":"2025-08-26","tickers":67,"schemaVersion":1}""",
                    p2 = $$"""{"runId":"{{runs[1]}}","sessionDate":"2025-08-27","tickers":66,"schemaVersion":1}""",
                    p3 = $$"""{"runId":"{{runs[2]}}","sessionDate":"2025-09-02","tickers":65,"schemaVersion":1}""",
                });
        }

        var events = await new StoredEventReader(DataSource).IndicatorsComputedAsync(new DateOnly(2025, 8, 26), new DateOnly(2025, 8, 29), CancellationToken.None);

        Assert.That(events, Is.EqualTo(new[]
        {
            new IndicatorsComputed(runs[0], new DateOnly(2025, 8, 26), 67),
            new IndicatorsComputed(runs[1], new DateOnly(2025, 8, 27), 66),
        }));
    }
}
