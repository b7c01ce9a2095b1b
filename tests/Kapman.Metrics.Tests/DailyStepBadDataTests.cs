using Dapper;
using Kapman.MarketData;
using Kapman.Metrics.Core.Tests.TestData;
using Kapman.Metrics.Data;
using Kapman.Metrics.Tests.TestData;

namespace Kapman.Metrics.Tests;

/// <summary>
/// Bad data through the whole daily step (market.daily_bars → compute → metrics.indicators), checked in the stored
/// rows themselves: PostgreSQL's float8 would accept NaN and Infinity, so the table is searched for them. Beside SPY,
/// ONE has a single bar (listed on the session), FLAT has only flat bars (high = low = close) without volume, and
/// GAPPY trades every third session with a 10 % gap each time.
/// </summary>
public sealed class DailyStepBadDataTests
{
    [Test]
    public async Task Single_flat_zero_volume_and_gapped_histories_store_null_with_a_reason_and_never_nan_or_infinity()
    {
        var spy = FlatFileBars.Read("SPY")["SPY"].Select(b => b with { Volume = (long)b.Volume }).ToArray()[..60];
        var session = spy[^1].Date;
        var bars = new Dictionary<string, Bar[]>(StringComparer.Ordinal)
        {
            ["SPY"] = spy,
            ["ONE"] = [new Bar(session, 10, 11, 9, 10.5, 1000)],
            ["FLAT"] = [.. spy.Select(b => new Bar(b.Date, 5, 5, 5, 5, 0))],
            ["GAPPY"] = [.. spy.Where((_, i) => i % 3 == 2).Select((b, i) => new Bar(b.Date, 20 * Math.Pow(1.1, i), 21 * Math.Pow(1.1, i), 19 * Math.Pow(1.1, i), 20 * Math.Pow(1.1, i), 500))],
        };
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(IndicatorStore).Assembly);
        await MarketBars.LoadAsync(database, bars);

        var outcome = await MarketBars.StepAsync(database, session);

        await using var connection = await MarketBars.OpenAsync(database);
        // Every stored number, typed column or JSONB extra, as JSON: float8 NaN/Infinity become the strings "NaN"/"Infinity".
        var nonFinite = await connection.QueryAsync<string>(
            """
            SELECT i.ticker || ' ' || e.key
            FROM indicators i, jsonb_each(to_jsonb(i) - 'extras' - 'null_reasons' || i.extras::jsonb) e
            WHERE e.value IN ('"NaN"', '"Infinity"', '"-Infinity"')
            """);
        // Every null typed column or extra must have its reason in null_reasons.
        var unexplained = await connection.QueryAsync<string>(
            """
            SELECT i.ticker || ' ' || e.key
            FROM indicators i, jsonb_each(to_jsonb(i) - 'extras' - 'null_reasons' || i.extras::jsonb) e
            WHERE e.value = 'null'::jsonb AND NOT i.null_reasons::jsonb ? e.key
            """);
        var one = (await new IndicatorStore(database.DataSource).ForSessionAsync(session, "ONE", CancellationToken.None)).Single();
        var flat = (await new IndicatorStore(database.DataSource).ForSessionAsync(session, "FLAT", CancellationToken.None)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Tickers, Is.EqualTo(4));
            Assert.That(nonFinite, Is.Empty, "NaN or Infinity stored");
            Assert.That(unexplained, Is.Empty, "null without a reason");
            Assert.That(one.Rsi14, Is.Null);
            Assert.That(one.NullReasons["rsi_14"], Does.StartWith("warming up"));
            Assert.That(one.Sma20, Is.Null);
            Assert.That(one.Hv20, Is.Null);
            Assert.That(flat.Rvol20, Is.Null, "no volume in the prior sessions: no ratio");
            Assert.That(flat.NullReasons, Does.ContainKey("rvol_20"));
            Assert.That(flat.Sma20, Is.EqualTo(5), "flat bars still have their averages");
        });
    }
}
