using System.Text.Json;
using Dapper;
using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Backtest.Reports;
using Kapman.Recommendation.Decision.Structures;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Recommendation.Data;

/// <summary>
/// The writes of <c>recommendation.backtest_runs</c> and its children: a run is inserted queued, marked running, then either
/// completed (its report, series and trades in one transaction) or failed with the reason.
/// </summary>
public static class BacktestStore
{
    /// <summary>Inserts a queued run of <paramref name="settings"/>.</summary>
    public static Task InsertQueuedAsync(NpgsqlConnection connection, Guid id, BacktestSettings settings, double? minEvNet, string pricing, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(settings);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO backtest_runs (id, strategy, underlying, from_date, to_date, min_ev_net, initial_capital, status, pricing, requested_at, heartbeat_at)
            VALUES (@id, @strategy, @underlying, @from, @to, @minEvNet, @capital, 'queued', @pricing, @now, @now)
            """,
            new
            {
                id, strategy = settings.Structure.Code(), underlying = settings.Underlying, from = settings.From, to = settings.To, minEvNet,
                capital = settings.InitialCapital, pricing, now = now.UtcDateTime,
            },
            cancellationToken: ct));
    }

    /// <summary>Marks the run running.</summary>
    public static Task MarkRunningAsync(NpgsqlConnection connection, Guid id, DateTimeOffset now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE backtest_runs SET status = 'running', started_at = @now WHERE id = @id", new { id, now = now.UtcDateTime }, cancellationToken: ct));

    /// <summary>Refreshes the heartbeat of those of <paramref name="ids"/> still queued or running (this instance's runs).</summary>
    public static Task HeartbeatAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return connection.ExecuteAsync(new CommandDefinition(
            "UPDATE backtest_runs SET heartbeat_at = @now WHERE id = ANY(@ids) AND status IN ('queued', 'running')",
            new { ids = ids.ToArray(), now = now.UtcDateTime }, cancellationToken: ct));
    }

    /// <summary>
    /// Marks failed every queued or running run whose heartbeat (or, for a run recorded before heartbeats, its start or request) is
    /// older than <paramref name="staleBefore"/>: the process running it was killed outright. Returns how many.
    /// </summary>
    public static Task<int> FailStaleAsync(NpgsqlConnection connection, DateTimeOffset staleBefore, DateTimeOffset now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE backtest_runs
            SET status = 'failed', finished_at = @now,
                error = 'the service running it stopped without finishing it (no heartbeat since '
                        || to_char(COALESCE(heartbeat_at, started_at, requested_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC); start it again'
            WHERE status IN ('queued', 'running') AND COALESCE(heartbeat_at, started_at, requested_at) < @staleBefore
            """,
            new { staleBefore = staleBefore.UtcDateTime, now = now.UtcDateTime }, cancellationToken: ct));

    /// <summary>Marks the run failed with <paramref name="error"/>.</summary>
    public static Task MarkFailedAsync(NpgsqlConnection connection, Guid id, string error, DateTimeOffset now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE backtest_runs SET status = 'failed', error = @error, finished_at = @now WHERE id = @id",
            new { id, error, now = now.UtcDateTime }, cancellationToken: ct));

    /// <summary>Stores the run's result and report and marks it succeeded, in one transaction.</summary>
    public static async Task CompleteAsync(NpgsqlConnection connection, Guid id, BacktestResult result, PerformanceReport report, string pricing, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE backtest_runs SET status = 'succeeded', finished_at = @now, pricing = @pricing, sessions = @sessions, decisions = @decisions,
                accepted = @accepted, sessions_at_cap = @atCap, sessions_without_vix = @withoutVix, max_drawdown_usd = @ddUsd,
                max_drawdown_days = @ddDays, rejections_by_stage = CAST(@rejections AS jsonb)
            WHERE id = @id
            """,
            new
            {
                id, now = now.UtcDateTime, pricing, sessions = result.Equity.Count, decisions = result.Decisions, accepted = result.Accepted,
                atCap = result.SessionsAtCap, withoutVix = result.SessionsWithoutVix, ddUsd = report.MaxDrawdownUsd, ddDays = report.MaxDrawdownDays,
                rejections = JsonSerializer.Serialize(result.RejectionsByStage),
            },
            tx, cancellationToken: ct));
        await CopyMetricsAsync(connection, id, report, pricing, ct);
        await CopyEquityAsync(connection, id, report, ct);
        await CopyTradesAsync(connection, id, result.Trades, ct);
        await tx.CommitAsync(ct);
    }

    private static async Task CopyMetricsAsync(NpgsqlConnection connection, Guid id, PerformanceReport report, string pricing, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY backtest_metrics (run_id, scope, key, pricing, trades, wins, losses, win_rate, average_win, average_loss, profit_factor, total_pnl, "
            + "average_days_held, sharpe, sortino, calmar, max_drawdown, annualised_return) FROM STDIN (FORMAT BINARY)", ct);
        var groups = new[] { ("overall", report.Overall) }
            .Concat(report.ByStrategy.Select(g => ("strategy", g)))
            .Concat(report.ByUnderlying.Select(g => ("underlying", g)));
        foreach (var (scope, g) in groups)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(scope, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(g.Key, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(pricing, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(g.Stats.Trades, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(g.Stats.Wins, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(g.Stats.Losses, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(g.Stats.WinRate, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(g.Stats.AverageWinUsd, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(g.Stats.AverageLossUsd, NpgsqlDbType.Double, ct);
            await WriteNullableAsync(copy, g.Stats.ProfitFactor, ct);
            await copy.WriteAsync(g.Stats.TotalPnlUsd, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(g.Stats.AverageDaysHeld, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(g.Sharpe, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(g.Sortino, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(g.Calmar, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(g.MaxDrawdown, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(g.AnnualisedReturn, NpgsqlDbType.Double, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopyEquityAsync(NpgsqlConnection connection, Guid id, PerformanceReport report, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY backtest_equity (run_id, session_date, equity, drawdown, open_positions) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < report.Equity.Count; i++)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(report.Equity[i].Date, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(report.Equity[i].Equity, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(report.Drawdown[i], NpgsqlDbType.Double, ct);
            await copy.WriteAsync(report.Equity[i].OpenPositions, NpgsqlDbType.Integer, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopyTradesAsync(NpgsqlConnection connection, Guid id, IReadOnlyList<BacktestTrade> trades, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY backtest_trades (run_id, trade_no, pricing, strategy, underlying, entry_date, exit_date, expiration, legs, units, entry_spot, exit_spot, "
            + "entry_vix, entry_credit, exit_debit, wing_width, pop, ev_net, commission, pnl, exit_reason, days_held) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var t in trades)
        {
            var p = t.Position;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(p.Id, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(t.Pricing, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(t.Strategy, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(p.Underlying, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(p.EntryDate, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(t.ExitDate, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(p.Expiration, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(string.Join(' ', p.Legs.Select(l => (l.Quantity < 0 ? "-" : "+") + l.OccSymbol)), NpgsqlDbType.Text, ct);
            await copy.WriteAsync(p.Units, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(p.EntrySpot, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(t.ExitSpot, NpgsqlDbType.Double, ct);
            await WriteNullableAsync(copy, double.IsFinite(p.EntryVix) ? p.EntryVix : null, ct);
            await copy.WriteAsync(p.EntryCredit, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(t.ExitDebit, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(p.WingWidth, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(p.Pop, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(p.EvNetUsd, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(t.Commission, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(t.PnlUsd, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(TradesCsv.Reason(t.Reason), NpgsqlDbType.Text, ct);
            await copy.WriteAsync(t.DaysHeld, NpgsqlDbType.Integer, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, double? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Double, ct) : copy.WriteNullAsync(ct);
}
