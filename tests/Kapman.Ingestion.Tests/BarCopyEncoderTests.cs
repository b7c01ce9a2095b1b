using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Data;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// <see cref="BarCopyEncoder"/> writes PostgreSQL's binary COPY format by hand: what the real server stores must be exactly the bars
/// sent (text, date, doubles to the last bit, bigint, NULL), across several 64 KiB buffers.
/// </summary>
public class BarCopyEncoderTests
{
    [Test]
    public async Task The_server_stores_exactly_the_bars_sent()
    {
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("CREATE TEMP TABLE copied (LIKE daily_bars INCLUDING DEFAULTS)");
        DailyBar[] edges =
        [
            new("BRK.B", new DateOnly(1999, 12, 31), 0.1 + 0.2, double.Epsilon, 1e-300, 1.7976931348623157e308, long.MaxValue, null),
            new("A", new DateOnly(2000, 1, 1), 642.2, 645.51, 641.57, 645.16, 0, 0),
            new("ABCDEFGHIJ-Z", new DateOnly(2026, 8, 14), 1.5, 2.5, 0.5, 2, 51_581_600, 193_003),
        ];
        // About 5,000 rows of ~100 bytes: more than one buffer.
        var many = Enumerable.Range(0, 5_000).Select(i => new DailyBar($"T{i:D5}", new DateOnly(2025, 8, 26), i + 0.25, i + 0.5, i, i + 0.375, i * 1_000L, i % 3 == 0 ? null : i));
        var bars = edges.Concat(many).ToList();

        var sent = await BarCopyEncoder.CopyAsync(connection, "COPY copied (ticker, session_date, open, high, low, close, volume, transactions) FROM STDIN (FORMAT BINARY)",
            bars, CancellationToken.None);

        var stored = (await connection.QueryAsync<(string, DateOnly, double, double, double, double, long, long?)>(
            "SELECT ticker, session_date, open, high, low, close, volume, transactions FROM copied")).ToList();
        Assert.That(sent, Is.EqualTo(5_003));
        Assert.That(stored, Is.EquivalentTo(bars.Select(b => (b.Ticker, b.SessionDate, b.Open, b.High, b.Low, b.Close, b.Volume, b.Transactions))));
    }
}
