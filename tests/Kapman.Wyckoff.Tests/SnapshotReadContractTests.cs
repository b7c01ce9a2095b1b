using Dapper;
using Kapman.MarketData;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// The Wyckoff analysis' published read contract (services/Wyckoff/README.md): <c>wyckoff_api.snapshots_v1</c> has exactly the
/// listed columns and shows the stored snapshot, with the event codes in stored order.
/// </summary>
public sealed class SnapshotReadContractTests : DatabaseTest
{
    [Test]
    public async Task Snapshots_v1_has_the_published_columns_and_shows_the_stored_snapshot()
    {
        var session = new DateOnly(2025, 8, 26);
        // A fall then a sharp rally on rising volume, so that events are detected.
        var bars = Enumerable.Range(0, 120).Select(i =>
        {
            var close = i < 80 ? 100 - (i * 0.4) : 68 + ((i - 80) * 1.5);
            return new Bar(session.AddDays(i - 119), close, close + 1, close - 1, close, 1000 + (i * 50));
        }).ToArray();
        var snapshot = WyckoffAnalyzer.Analyze("SPY", bars, WyckoffParameters.Default);
        using var signal = new OutboxSignal();
        await using (var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None))
        {
            await SnapshotStore.UpsertAsync(tx, snapshot, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await DataSource.OpenConnectionAsync();
        var columns = (await connection.QueryAsync<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'wyckoff_api' AND table_name = 'snapshots_v1' ORDER BY ordinal_position")).ToList();
        var row = await connection.QuerySingleAsync<(string Ticker, DateOnly Session, int Bc, int Spring, string? Alert, string? Phase, string? Signal)>(
            "SELECT ticker, session_date, bc_score, spring_score, alert_kind, phase, trade_signal FROM wyckoff_api.snapshots_v1");
        var codes = await connection.ExecuteScalarAsync<string[]>("SELECT event_codes FROM wyckoff_api.snapshots_v1");
        var stored = (await connection.QueryAsync<string>(
            "SELECT e->>'code' FROM wyckoff.snapshots, jsonb_array_elements(events) WITH ORDINALITY AS t(e, n) ORDER BY n")).ToArray();

        Assert.That(columns, Is.EqualTo(new[]
        {
            ("ticker", "text"), ("session_date", "date"), ("bc_score", "integer"), ("spring_score", "integer"), ("alert_kind", "text"),
            ("phase", "text"), ("trade_signal", "text"), ("event_codes", "ARRAY"),
        }));
        Assert.That(row, Is.EqualTo(("SPY", session, snapshot.Bc.Total, snapshot.Spring.Total, snapshot.AlertKind, snapshot.Phase.Phase, snapshot.TradeSignal)));
        Assert.That(codes, Is.EqualTo(stored));
    }
}
