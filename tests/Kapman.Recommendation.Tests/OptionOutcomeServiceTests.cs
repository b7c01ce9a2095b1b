using Dapper;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Outcomes.Options;
using Kapman.Recommendation.Data;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// Option-level outcomes (issue 22 item 5) on real PostgreSQL, the chains and bars in stand-ins of the read contracts. Two issued positions
/// made on 2025-08-22, expiring 2025-09-19, figures by hand:
/// XYZ CSP sold the 50 put for 1.20 (stop 2.40). 08-29: put quoted 0.50/0.70, mid 0.60; P&amp;L (1.20 − 0.60) × 100 = +$60, 0.60/1.20 = 50%
/// → target, closed; a later run does not re-mark it.
/// ABC long call 100 paid 2.00 (stop 1.00). 08-29: quoted 2.40/2.60, mid 2.50, +$50, open. 09-19 (expiry, close 96.50 &lt; 100): settles at
/// 0, −$200, expired, no assignment check (not a CSP). A third run after expiry changes nothing.
/// </summary>
public sealed class OptionOutcomeServiceTests
{
    private static readonly DateOnly Made = new(2025, 8, 22);
    private static readonly DateOnly Friday = new(2025, 8, 29);
    private static readonly DateOnly Expiry = new(2025, 9, 19);
    private UpstreamDatabase db = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        db = await UpstreamDatabase.CreateAsync();
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO recommendations (id, ticker, session_date, status, strategy, expiration, confidence, justification, writer, model_version, legs, net_premium, option_stop)
            VALUES ('00000000-0000-0000-0000-000000000001', 'XYZ', '2025-08-22', 'ISSUED', 'CSP', '2025-09-19', 0.6, 'j', 'template', 'v1',
                    '[{"occSymbol":"XYZ250919P00050000","side":"SELL","right":"put","expiration":"2025-09-19","strike":50,"price":1.2,"bid":1.1,"ask":1.3,"delta":-0.3,"openInterest":100}]',
                    -1.20, 2.40),
                   ('00000000-0000-0000-0000-000000000002', 'ABC', '2025-08-22', 'ISSUED', 'LONG_CALL', '2025-09-19', 0.6, 'j', 'template', 'v1',
                    '[{"occSymbol":"ABC250919C00100000","side":"BUY","right":"call","expiration":"2025-09-19","strike":100,"price":2.0,"bid":1.9,"ask":2.1,"delta":0.5,"openInterest":100}]',
                    2.00, 1.00);
            INSERT INTO market_api.daily_bars_v1 (ticker, session_date, open, high, low, close) VALUES
                ('XYZ', '2025-08-22', 52, 52, 52, 52), ('XYZ', '2025-08-29', 52.5, 52.5, 52.5, 52.5), ('XYZ', '2025-09-19', 49, 49, 49, 49),
                ('ABC', '2025-08-22', 100, 100, 100, 100), ('ABC', '2025-08-29', 100.4, 100.4, 100.4, 100.4), ('ABC', '2025-09-19', 96.5, 96.5, 96.5, 96.5);
            INSERT INTO options_api.contracts_v1 (occ_symbol, option_right, expiration, strike, bid, ask, delta, open_interest, as_of, underlying) VALUES
                ('XYZ250919P00050000', 'put', '2025-09-19', 50, 0.50, 0.70, -0.2, 100, '2025-08-29', 'XYZ'),
                ('ABC250919C00100000', 'call', '2025-09-19', 100, 2.40, 2.60, 0.5, 100, '2025-08-29', 'ABC');
            """);
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task Positions_are_re_marked_weekly_until_they_close_or_expire()
    {
        var service = new OptionOutcomeService(db.DataSource, db.DataSource, db.DataSource);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var csp = Guid.Parse("00000000-0000-0000-0000-000000000001");
        var call = Guid.Parse("00000000-0000-0000-0000-000000000002");

        var first = await service.MarkAsync(Friday, CancellationToken.None);
        var cspWeek1 = await OptionOutcomeStore.LatestAsync(connection, csp, CancellationToken.None);
        var callWeek1 = await OptionOutcomeStore.LatestAsync(connection, call, CancellationToken.None);
        var atExpiry = await service.MarkAsync(Expiry, CancellationToken.None);
        var callExpired = await OptionOutcomeStore.LatestAsync(connection, call, CancellationToken.None);
        var after = await service.MarkAsync(new DateOnly(2025, 9, 26), CancellationToken.None);
        var summary = OptionAccuracy.Summarize(await OptionOutcomeStore.MarkedAsync(connection, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That((first, atExpiry, after), Is.EqualTo((2, 1, 0)), "both marked, then only the open call, then nothing");
            Assert.That(cspWeek1!.PnlPerContract, Is.EqualTo(60).Within(1e-9));
            Assert.That((cspWeek1.Status, cspWeek1.HitProfitTarget, cspWeek1.ModelPriced, cspWeek1.MarkDate), Is.EqualTo(("target", true, false, Friday)));
            Assert.That(callWeek1!.PnlPerContract, Is.EqualTo(50).Within(1e-9));
            Assert.That(callWeek1.Status, Is.EqualTo("open"));
            Assert.That(callExpired!.PnlPerContract, Is.EqualTo(-200).Within(1e-9));
            Assert.That((callExpired.Status, callExpired.Assigned, callExpired.Marks, callExpired.UnderlyingClose), Is.EqualTo(("expired", (bool?)null, 2, 96.5)));
            Assert.That(summary[0].Key, Is.EqualTo("ALL"));
            Assert.That((summary[0].Positions, summary[0].Closed, summary[0].TargetHits), Is.EqualTo((2, 2, 1)));
            Assert.That(summary[0].MeanPnlPerContract, Is.EqualTo(-70).Within(1e-9), "(60 − 200) / 2");
        });
    }
}
