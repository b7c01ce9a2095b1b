using Kapman.Contracts;
using Kapman.Execution.Core.DailyPnl;
using Kapman.Execution.Core.Positions;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.DailyPnl;

/// <summary>
/// Publishes <see cref="DailyPnlReported"/> once per session (seed 003 §4 task 5.2), from <see cref="DailyPnlOptions.ReportTime"/> New York
/// time on weekdays: the book of the current mode (simulated holdings unless LIVE) marked at the session's close chain, mid = (bid + ask) ÷ 2
/// of the latest stored quote on or before the session (the options read contract, as <c>GET /positions</c>), summed by
/// <see cref="DailyPnlCalculator"/>. It waits up to <see cref="DailyPnlOptions.MarkWaitMinutes"/> for every open holding's quote of the
/// session, then reports with what is stored. The report row and the event's outbox row commit in one transaction; the row's key is the
/// session, so a second pass, a restart or a second instance publishes nothing.
/// </summary>
public sealed class DailyPnlReporter(
    ServiceDatabase database, PositionStore positions, DailyPnlStore reports, StoredChainReader chain, IOptions<DailyPnlOptions> options,
    IOptions<ExecutionOptions> execution)
{
    /// <summary>Reports the session of <paramref name="now"/> when it is due and not reported yet.</summary>
    public async Task<DailyPnlOutcome> ReportAsync(DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        var wall = MarketDate.WallTime(now);
        var session = MarketDate.Of(now);
        if (!settings.Enabled || wall.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || TimeOnly.FromDateTime(wall) < settings.ReportTime)
        {
            return DailyPnlOutcome.NotDue;
        }

        if (await reports.ReportedAsync(session, ct))
        {
            return DailyPnlOutcome.AlreadyReported;
        }

        var live = ExecutionMode.Of(execution.Value) == ExecutionMode.Live;
        var book = (await positions.AllAsync(ct)).Where(p => p.Simulated != live)
            .Select(p => new Position(p.GroupId, p.Strategy, p.Ticker, p.OccSymbol, p.NetContracts, p.AveragePrice, p.RealizedPnl, p.Commissions)).ToList();
        if (book.Count == 0)
        {
            return DailyPnlOutcome.EmptyBook;
        }

        var open = book.Where(p => !p.IsFlat).Select(p => p.OccSymbol).Distinct(StringComparer.Ordinal).ToList();
        var quotes = await chain.LatestAsync(open, session, ct);
        var marks = quotes.Values.Where(q => q.Bid is not null && q.Ask is not null)
            .ToDictionary(q => q.OccSymbol, q => ((decimal)((q.Bid!.Value + q.Ask!.Value) / 2), q.AsOf), StringComparer.Ordinal);
        var closeIn = open.All(s => marks.TryGetValue(s, out var m) && m.AsOf == session);
        if (!closeIn && wall < wall.Date + settings.ReportTime.ToTimeSpan() + TimeSpan.FromMinutes(settings.MarkWaitMinutes))
        {
            return DailyPnlOutcome.WaitingForMarks;
        }

        var mode = live ? ExecutionMode.Live : ExecutionMode.Paper;
        var summary = DailyPnlCalculator.Compute(session, book, marks, await reports.PreviousAsync(session, mode, ct));
        await using var tx = await database.BeginAsync(ct);
        var row = new DailyPnlRow(session, mode, summary.Book.Realized, summary.Book.Commissions, summary.Book.Unrealized, summary.Book.Total,
            summary.DayChange, summary.Book.IsComplete, summary.MarksAsOf, now.UtcDateTime);
        if (!await DailyPnlStore.ClaimAsync(tx, row, ct))
        {
            return DailyPnlOutcome.AlreadyReported;
        }

        await tx.PublishAsync(Event(summary, mode, now), ct);
        await tx.CommitAsync(ct);
        return DailyPnlOutcome.Reported;
    }

    private static DailyPnlReported Event(DailyPnlSummary summary, string mode, DateTimeOffset now) =>
        new DailyPnlReported(Guid.Empty, summary.Session, mode, summary.Book.Realized, summary.Book.Commissions, summary.Book.Unrealized, summary.Book.Total,
            summary.DayChange, summary.PreviousSession, summary.Book.OpenHoldings, summary.Book.UnmarkedHoldings, summary.MarksAsOf,
            [.. summary.ByUnderlying.Select(u => new DailyPnlLine(u.Key, u.Realized, u.Commissions, u.Unrealized, u.Total, u.OpenHoldings, u.UnmarkedHoldings))],
            now);
}
