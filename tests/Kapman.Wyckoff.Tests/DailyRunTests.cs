using System.IO.Compression;
using Dapper;
using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.Wyckoff.Core;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// The daily run end to end (issue 5 §7): the Wyckoff host, its real RabbitMQ transport (a vhost of its own) and a
/// throw-away PostgreSQL database whose <c>market.daily_bars</c> holds the ten LEAN daily series of the shared data
/// set. A <see cref="MarketSessionIngested"/> published on the bus for 2011-10-04 must analyse every ticker with a
/// bar that session, store one snapshot each, raise and publish the alerts, and a second run of the same session must
/// leave byte-identical snapshot content.
/// </summary>
public sealed class DailyRunTests : DatabaseTest
{
    /// <summary>The low of the 2011 correction: SPY undercut its August lows intraday and closed up 2.3 %, a spring.</summary>
    internal static readonly DateOnly Session = new(2011, 10, 4);

    internal static readonly string[] Tickers = ["AAPL", "AIG", "BAC", "EEM", "GOOG", "IBM", "IWM", "QQQ", "SPY", "USO"];

    /// <summary>A ticker whose last bar is before the session: in the base layer, but not a ticker of the session.</summary>
    private const string Delisted = "GONE";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private const string ConnectionTemplate = $"Host={LocalServers.PostgresSocket};Port=5432;Username=postgres;Database=";

    [Test]
    public async Task MarketSessionIngested_analyses_every_ticker_stores_snapshots_raises_alerts_and_a_rerun_is_byte_identical()
    {
        await SeedBarsAsync(DataSource);
        await using var host = await WyckoffTestHost.StartAsync(ConnectionTemplate + DatabaseName);
        var bus = host.Services.GetRequiredService<IBus>();

        await bus.Publish(new MarketSessionIngested(Guid.NewGuid(), Session, Tickers.Length, Tickers.Length, 0, "test:lean"));
        await WaitForPublishedAsync(nameof(WyckoffSessionAnalyzed), 1);

        await using var connection = await DataSource.OpenConnectionAsync();
        var snapshots = (await connection.QueryAsync<(string Ticker, string? AlertKind, string ModelVersion)>(
            "SELECT ticker, alert_kind, model_version FROM snapshot_versions WHERE session_date = @Session ORDER BY ticker", new { Session })).ToArray();
        Assert.That(snapshots.Select(s => s.Ticker), Is.EqualTo(Tickers), "one snapshot per ticker with a bar on the session, none for " + Delisted);
        Assert.That(snapshots.Select(s => s.ModelVersion).Distinct(), Is.EqualTo(new[] { WyckoffParameters.Default.ModelVersion }));
        Assert.That(snapshots.Single(s => s.Ticker == "SPY").AlertKind, Is.EqualTo(WyckoffAlertKinds.SpringEntry));

        var fired = snapshots.Where(s => s.AlertKind is not null).Select(s => (s.Ticker, s.AlertKind!)).ToArray();
        Assert.That(await PublishedAlertsAsync(connection), Is.EquivalentTo(fired), "one WyckoffAlertRaised through RabbitMQ per alerting snapshot");
        Assert.That(await StoredAlertsAsync(connection), Is.EquivalentTo(fired));
        var analyzed = await connection.QuerySingleAsync<(int Tickers, int Alerts)>(
            """
            SELECT (payload->>'tickers')::int, (payload->>'alerts')::int FROM outbox
            WHERE message_type = 'Kapman.Contracts.WyckoffSessionAnalyzed' AND session_date = @Session
            """, new { Session });
        Assert.That(analyzed, Is.EqualTo((Tickers.Length, fired.Length)));
        var first = await SnapshotHashAsync(connection);

        await bus.Publish(new MarketSessionIngested(Guid.NewGuid(), Session, Tickers.Length, Tickers.Length, 0, "test:lean"));
        await WaitForPublishedAsync(nameof(WyckoffSessionAnalyzed), 2);

        Assert.That(await SnapshotHashAsync(connection), Is.EqualTo(first), "recomputing the session gives byte-identical snapshots");
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM snapshot_versions WHERE session_date = @Session", new { Session }),
            Is.EqualTo(Tickers.Length));
        Assert.That(await StoredAlertsAsync(connection), Is.EquivalentTo(fired), "an alert is stored once however often the session runs");
    }

    /// <summary>
    /// <c>market.daily_bars</c> in the shape Ingestion's migrations give it, with its read contract <c>market_api.daily_bars_v1</c>, loaded with each LEAN series from 200
    /// calendar days before the session (the consumer's lookback) through the session, plus <see cref="Delisted"/>
    /// (SPY's bars up to the session before).
    /// </summary>
    internal static async Task SeedBarsAsync(NpgsqlDataSource dataSource)
    {
        await MarketTables.CreateAsync(dataSource);
        var from = Session.AddDays(-200);
        var rows = new List<(string, Bar)>();
        foreach (var ticker in Tickers)
        {
            var bars = ReadLean(ticker).Where(b => b.Date >= from && b.Date <= Session).ToArray();
            Assert.That(bars[^1].Date, Is.EqualTo(Session), $"{ticker} has no bar on {Session}");
            rows.AddRange(bars.Select(b => (ticker, b)).Concat(ticker == "SPY" ? bars.SkipLast(1).Select(b => (Delisted, b)) : []));
        }

        await MarketTables.CopyAsync(dataSource, rows);
    }

    private static IReadOnlyList<Bar> ReadLean(string ticker)
    {
        using var file = File.OpenRead(RepoFiles.SharedData("history", "lean_daily_raw", $"{ticker}.csv.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return BarCsvReader.Read(reader);
    }

    /// <summary>Waits until <paramref name="count"/> outbox rows of the event have been confirmed by the broker.</summary>
    private async Task WaitForPublishedAsync(string eventName, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        var messageType = "Kapman.Contracts." + eventName;
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = await DataSource.OpenConnectionAsync();
            var published = await connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM outbox WHERE message_type = @messageType AND session_date = @Session AND published_at IS NOT NULL",
                new { messageType, Session });
            if (published >= count)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{count} {eventName} for {Session} not published through RabbitMQ within {Patience.TotalSeconds} s");
    }

    private static async Task<(string, string)[]> PublishedAlertsAsync(NpgsqlConnection connection) =>
        (await connection.QueryAsync<(string, string)>(
            """
            SELECT DISTINCT payload->>'ticker', payload->>'kind' FROM outbox
            WHERE message_type = 'Kapman.Contracts.WyckoffAlertRaised' AND session_date = @Session AND published_at IS NOT NULL
            """, new { Session })).ToArray();

    private static async Task<(string, string)[]> StoredAlertsAsync(NpgsqlConnection connection) =>
        (await connection.QueryAsync<(string, string)>("SELECT ticker, kind FROM alerts WHERE session_date = @Session", new { Session })).ToArray();

    /// <summary>md5 of every stored column of the session's snapshots but <c>computed_at</c>, in ticker order.</summary>
    private static async Task<string> SnapshotHashAsync(NpgsqlConnection connection) =>
        await connection.ExecuteScalarAsync<string>(
            """
            SELECT md5(string_agg((to_jsonb(v) - 'computed_at')::text, '|' ORDER BY ticker, model_version))
            FROM snapshot_versions v WHERE session_date = @Session
            """, new { Session }) ?? "";
}
