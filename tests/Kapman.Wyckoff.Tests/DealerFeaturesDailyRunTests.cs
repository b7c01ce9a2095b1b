using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// The daily run's snapshots carry the dealer features of a ticker with a chain on the session whichever of
/// <see cref="OptionMetricsComputed"/> and <see cref="MarketSessionIngested"/> the Wyckoff host receives first (they run side by
/// side in the pipeline): the real host on its RabbitMQ vhost and a throw-away PostgreSQL database holding data/sample's bars
/// (67 tickers, 2024-07-01..2025-08-26), and SPY's dealer metrics of 2025-08-26 as the Options service computed them from
/// data/sample's SPY chain. Each order runs in a database of its own; the stored rows (every column but <c>computed_at</c>) must
/// be the same text, SPY's equal to <see cref="WyckoffAnalyzer.Analyze"/> called directly with the same bars and context, and a
/// redelivered or replayed event must change nothing.
/// </summary>
public sealed class DealerFeaturesDailyRunTests : DatabaseTest
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    /// <summary>
    /// SPY's dealer metrics of 2025-08-26 as options-1.1.0 announced them in OptionMetricsComputed (a demo run on data/sample's
    /// chain of 7,011 contracts): spot 645.16, net GEX −$2.56B per 1 % move, gamma flip 646.79, DGPI −7.85 (NEUTRAL), call wall 650,
    /// put wall 480.
    /// </summary>
    private static readonly UnderlyingDealerMetrics Spy =
        new("SPY", 645.16, -2563024817.971609, 646.7927879237122, -7.848727606092637, "NEUTRAL", 650, 480, "options-1.1.0");

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static Dictionary<string, Bar[]> bars = null!;

    [OneTimeSetUp]
    public static void ReadSample() => bars = HistoryEqualsDailyAnalysisTests.SampleBars();

    [Test]
    public async Task Either_arrival_order_stores_the_analysers_snapshot_with_spys_dealer_features_and_a_redelivery_changes_nothing()
    {
        var contextFirst = await RunAsync(DataSource, DatabaseName, contextFirst: true);
        await using var other = await ServiceTestDatabase.CreateAsync("wyckoff", typeof(SnapshotStore).Assembly);
        var analysisFirst = await RunAsync(other.DataSource, other.Name, contextFirst: false);

        var direct = WyckoffAnalyzer.Analyze(
            "SPY", History("SPY"), WyckoffParameters.Default, MarketSeries.FromBars("SPY", History("SPY")),
            new DealerContext("SPY", Session, Spy.Spot, Spy.NetGex, Spy.GammaFlip, Spy.Dgpi, Spy.Position, Spy.CallWall, Spy.PutWall, Spy.ModelVersion));
        await using var connection = await DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(string Features, string Events, string BcSignals, string SpringSignals, string Checklist)>(
            """
            SELECT features::text, events::text, bc_signals::jsonb::text, spring_signals::jsonb::text, checklist::jsonb::text
            FROM snapshot_versions WHERE ticker = 'SPY' AND session_date = @Session
            """, new { Session });
        var expected = await connection.QuerySingleAsync<(string Features, string Events, string BcSignals, string SpringSignals, string Checklist)>(
            "SELECT CAST(@f AS jsonb)::text, CAST(@e AS jsonb)::text, CAST(@b AS jsonb)::text, CAST(@s AS jsonb)::text, CAST(@c AS jsonb)::text",
            new
            {
                f = JsonSerializer.Serialize(direct.Features, JsonSerializerOptions.Web),
                e = JsonSerializer.Serialize(direct.Events, JsonSerializerOptions.Web),
                b = JsonSerializer.Serialize(direct.Bc.Signals, JsonSerializerOptions.Web),
                s = JsonSerializer.Serialize(direct.Spring.Signals, JsonSerializerOptions.Web),
                c = JsonSerializer.Serialize(direct.Checklist, JsonSerializerOptions.Web),
            });
        var dealer = JsonDocument.Parse(stored.Features).RootElement.GetProperty("dealer");
        var withDealer = await connection.QueryAsync<string>(
            "SELECT ticker FROM snapshot_versions WHERE session_date = @Session AND jsonb_typeof(features->'dealer') = 'object'", new { Session });
        var tickers = await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM snapshot_versions WHERE session_date = @Session", new { Session });

        Assert.Multiple(() =>
        {
            Assert.That(analysisFirst.Rows, Is.EqualTo(contextFirst.Rows), "both arrival orders store the same rows, features included");
            Assert.That(analysisFirst.Redelivered, Is.EqualTo(analysisFirst.Rows), "a redelivered and a replayed OptionMetricsComputed change nothing");
            Assert.That(contextFirst.Redelivered, Is.EqualTo(contextFirst.Rows));
            Assert.That(tickers, Is.EqualTo(67), "one snapshot per ticker of the session; no version added by the context or its redelivery");
            Assert.That(stored, Is.EqualTo(expected), "SPY's stored snapshot is the analyser's with the same bars, market and context");
            Assert.That(withDealer, Is.EqualTo(new[] { "SPY" }), "tickers without a chain carry no dealer features");

            // Hand-computed from the announced figures: NEUTRAL is sign 0; 645.16 / 646.7927879 - 1; 650 / 645.16 - 1; 480 / 645.16 - 1.
            Assert.That(dealer.GetProperty("gammaSign").GetInt32(), Is.EqualTo(0));
            Assert.That(dealer.GetProperty("flipGap").GetDouble(), Is.EqualTo(-0.0025244).Within(1e-7));
            Assert.That(dealer.GetProperty("callWallGap").GetDouble(), Is.EqualTo(0.0075020).Within(1e-7));
            Assert.That(dealer.GetProperty("putWallGap").GetDouble(), Is.EqualTo(-0.2559985).Within(1e-7));
        });
    }

    /// <summary>SPY's bars of <see cref="WyckoffDailyStep.LookbackCalendarDays"/> calendar days through the session, as the daily step reads them.</summary>
    private static Bar[] History(string ticker) =>
        [.. bars[ticker].Where(b => b.Date >= Session.AddDays(-WyckoffDailyStep.LookbackCalendarDays) && b.Date <= Session)];

    /// <summary>
    /// Seeds the bars in <paramref name="dataSource"/>, starts the host on it and sends the two events in the order asked, each
    /// awaited until done; then sends the context again under its own message id (a redelivery) and under a new one (a replay).
    /// </summary>
    /// <returns>The session's stored rows after the two events and after the redelivery.</returns>
    private static async Task<(string Rows, string Redelivered)> RunAsync(NpgsqlDataSource dataSource, string databaseName, bool contextFirst)
    {
        await MarketTables.CreateAsync(dataSource);
        await MarketTables.CopyAsync(dataSource, bars.SelectMany(p => p.Value.Select(b => (p.Key, b))));
        await using var host = await WyckoffTestHost.StartAsync(LocalServers.Postgres(databaseName));
        var bus = host.Services.GetRequiredService<IBus>();
        var context = new OptionMetricsComputed(Guid.NewGuid(), Session, 1, [Spy]);
        var contextId = Guid.NewGuid();

        async Task SendContextAsync(Guid id)
        {
            await bus.Publish(context, c => c.MessageId = id);
            await WaitAsync(dataSource, "SELECT count(*) FROM inbox WHERE message_id = @id", new { id }, 1, "OptionMetricsComputed " + id);
        }

        async Task SendSessionAsync()
        {
            await bus.Publish(new MarketSessionIngested(Guid.NewGuid(), Session, bars.Count, bars.Count, 0, "test:sample"));
            await WaitAsync(dataSource, "SELECT count(*) FROM outbox WHERE message_type = 'Kapman.Contracts.WyckoffSessionAnalyzed' AND session_date = @Session",
                new { Session }, 1, "WyckoffSessionAnalyzed");
        }

        if (contextFirst)
        {
            await SendContextAsync(contextId);
            await SendSessionAsync();
        }
        else
        {
            await SendSessionAsync();
            await SendContextAsync(contextId);
        }

        var rows = await RowsAsync(dataSource);
        await bus.Publish(context, c => c.MessageId = contextId);
        await SendContextAsync(Guid.NewGuid());
        return (rows, await RowsAsync(dataSource));
    }

    /// <summary>Every stored column of the session's rows but <c>computed_at</c>, as JSON text, one line per row in ticker order.</summary>
    private static async Task<string> RowsAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>(
            """
            SELECT string_agg((to_jsonb(v) - 'computed_at')::text, E'\n' ORDER BY ticker, model_version)
            FROM snapshot_versions v WHERE session_date = @Session
            """, new { Session }) ?? "";
    }

    private static async Task WaitAsync(NpgsqlDataSource dataSource, string countSql, object parameters, int count, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            if (await connection.ExecuteScalarAsync<int>(countSql, parameters) >= count)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{what} not handled within {Patience.TotalSeconds} s");
    }
}
