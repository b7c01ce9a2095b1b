using Dapper;
using Kapman.Contracts;
using Kapman.OptionMath;
using Kapman.Options.Application;
using Kapman.Options.Chains;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.Options.Tests;

/// <summary>
/// Chains for the watchlist (issue 22 item 3): the options stage loads every underlying that watchlists, P1 portfolios or the setting
/// want, and reports per underlying what it found. The real MSFT and TSM snapshots of 2026-07-28 are on disk; NVDA has none and no API
/// key is configured. Market's read contract is a table of the same name and columns, as in the other options tests.
/// </summary>
public sealed class ChainCoverageTests
{
    private static readonly DateOnly Session = new(2026, 7, 28);
    private static readonly FixedClock SessionEvening = new(new DateTimeOffset(2026, 7, 29, 0, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Every_wanted_underlying_is_reported_stored_or_without_a_source_and_no_source_is_not_a_failure()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        await MarketBarsContract.CreateAsync(database, []);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                CREATE TABLE market_api.chain_underlyings_v1 (ticker text NOT NULL, wanted_by text NOT NULL);
                INSERT INTO market_api.chain_underlyings_v1 VALUES ('nvda', 'watchlist core'), ('MSFT', 'watchlist core'), ('MSFT', 'portfolio Growth P1');
                """);
        }

        var wanted = await new ChainUnderlyingsReader(database.DataSource, ["tsm"]).ReadAsync(CancellationToken.None);
        var options = new ChainOptions(RepoFiles.SharedData(), PricingInputs.Default);
        var loads = await new SessionChainLoader(options, null, [], SessionEvening).LoadAsync(Session, [.. wanted.Select(w => w.Underlying)], CancellationToken.None);
        var step = new OptionsDailyStep(options, new RecentClosesReader(database.DataSource), SessionEvening, NullLogger<OptionsDailyStep>.Instance);
        using var signal = new OutboxSignal();
        StageOutcome outcome;
        await using (var tx = await new ServiceDatabase(database.DataSource, signal).BeginAsync(CancellationToken.None))
        {
            outcome = await step.RunAsync(tx, new MarketSessionIngested(Guid.NewGuid(), Session, 1, 0, 0, "test"), loads, wanted, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        var coverage = await new ChainCoverageStore(database.DataSource).ForSessionAsync(Session, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(wanted.Select(w => (w.Underlying, string.Join(", ", w.WantedBy))), Is.EqualTo(new[]
            {
                ("MSFT", "portfolio Growth P1, watchlist core"), ("NVDA", "watchlist core"), ("TSM", "setting Kapman:Options:Watchlist"),
            }));
            Assert.That(coverage.Select(r => (r.Underlying, string.Join(", ", r.WantedBy), r.Status, r.Source, r.Contracts, r.Reason)), Is.EqualTo(new[]
            {
                ("MSFT", "portfolio Growth P1, watchlist core", "STORED", (string?)"file MSFT/2026-07-28.json", 300, (string?)null),
                ("NVDA", "watchlist core", "NO_SOURCE", null, 0, "no snapshot file for the session, and no POLYGON_API_KEY to fetch one"),
                ("TSM", "setting Kapman:Options:Watchlist", "STORED", "file TSM/2026-07-28.json", 59, null),
            }));
            Assert.That((outcome.Status, outcome.Count), Is.EqualTo((StageStatuses.Succeeded, 359)), "nothing failed: NVDA had nothing to load");
        });
    }

    [Test]
    public void A_snapshot_that_was_read_but_not_stored_is_skipped_with_its_reason_and_one_nobody_asked_for_is_listed_too()
    {
        SnapshotLoad[] loads =
        [
            new("AAPL", "/data/options/snapshots/AAPL/2026-07-28.json", null, "NOT_JSON: unexpected character"),
            new("GOOG", "/data/options/snapshots/GOOG/2026-07-28.json", null, null),
            new("AMD", "polygon:/v3/snapshot/options", null, "POLYGON_FAILED: 503"),
        ];

        var rows = ChainCoverage.Of([new ChainWant("AMD", ["watchlist core"]), new ChainWant("AAPL", ["watchlist core"])], loads,
            new Dictionary<string, int> { ["GOOG"] = 12 }, [loads[0], loads[2]]);

        Assert.That(rows.Select(r => (r.Underlying, r.WantedBy.Count, r.Status, r.Source, r.Contracts, r.Reason)), Is.EqualTo(new[]
        {
            ("AAPL", 1, "SKIPPED", (string?)"file AAPL/2026-07-28.json", 0, (string?)"NOT_JSON: unexpected character"),
            ("AMD", 1, "SKIPPED", "polygon:/v3/snapshot/options", 0, "POLYGON_FAILED: 503"),
            ("GOOG", 0, "STORED", "file GOOG/2026-07-28.json", 12, null),
        }));
    }
}
