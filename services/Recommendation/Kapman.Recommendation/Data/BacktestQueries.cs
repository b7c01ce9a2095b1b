using System.Text.Json;
using Dapper;
using Npgsql;

namespace Kapman.Recommendation.Data;

/// <summary>The reads of <c>GET /backtests</c> and <c>GET /backtests/{id}</c> (parameterised SQL over the backtest tables).</summary>
public static class BacktestQueries
{
    private const string RunColumns = """
        id, strategy, underlying, from_date AS "From", to_date AS "To", min_ev_net AS MinEvNet, initial_capital AS InitialCapital, status, error,
        pricing, requested_at AS RequestedAt, started_at AS StartedAt, finished_at AS FinishedAt, sessions, decisions, accepted,
        sessions_at_cap AS SessionsAtCap, sessions_without_vix AS SessionsWithoutVix, max_drawdown_usd AS MaxDrawdownUsd,
        max_drawdown_days AS MaxDrawdownDays, rejections_by_stage::text AS RejectionsJson
        """;

    private const string MetricColumns = """
        run_id AS RunId, scope, key, pricing, trades, wins, losses, win_rate AS WinRate, average_win AS AverageWin, average_loss AS AverageLoss,
        profit_factor AS ProfitFactor, total_pnl AS TotalPnl, average_days_held AS AverageDaysHeld, sharpe, sortino, calmar,
        max_drawdown AS MaxDrawdown, annualised_return AS AnnualisedReturn
        """;

    /// <summary>The latest <paramref name="limit"/> runs, newest first, each with its overall figures once succeeded.</summary>
    public static async Task<IReadOnlyList<BacktestRunDto>> ListAsync(NpgsqlConnection connection, int limit, CancellationToken ct)
    {
        var runs = (await connection.QueryAsync<RunRow>(new CommandDefinition(
            "SELECT " + RunColumns + " FROM backtest_runs ORDER BY requested_at DESC, id DESC LIMIT @limit", new { limit }, cancellationToken: ct))).ToList();
        var ids = runs.Select(r => r.Id).ToArray();
        var overall = (await connection.QueryAsync<MetricRow>(new CommandDefinition(
            "SELECT " + MetricColumns + " FROM backtest_metrics WHERE scope = 'overall' AND run_id = ANY(@ids)", new { ids }, cancellationToken: ct)))
            .ToDictionary(m => m.RunId);
        return runs.Select(r => r.ToDto(overall.GetValueOrDefault(r.Id))).ToList();
    }

    /// <summary>
    /// The run <paramref name="id"/> with its report, series and the trades of page <paramref name="page"/> (<paramref name="pageSize"/>
    /// per page, by sequence number); null when unknown.
    /// </summary>
    public static async Task<BacktestDetailDto?> FindAsync(NpgsqlConnection connection, Guid id, int page, int pageSize, CancellationToken ct)
    {
        var run = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(
            "SELECT " + RunColumns + " FROM backtest_runs WHERE id = @id", new { id }, cancellationToken: ct));
        if (run is null)
        {
            return null;
        }

        var metrics = (await connection.QueryAsync<MetricRow>(new CommandDefinition(
            "SELECT " + MetricColumns + " FROM backtest_metrics WHERE run_id = @id ORDER BY scope, key", new { id }, cancellationToken: ct))).ToList();
        var equity = (await connection.QueryAsync<BacktestPointDto>(new CommandDefinition(
            "SELECT session_date AS Date, equity, drawdown, open_positions AS OpenPositions FROM backtest_equity WHERE run_id = @id ORDER BY session_date",
            new { id }, cancellationToken: ct))).ToList();
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*)::int FROM backtest_trades WHERE run_id = @id", new { id }, cancellationToken: ct));
        var trades = (await connection.QueryAsync<BacktestTradeDto>(new CommandDefinition(
            """
            SELECT trade_no AS TradeNo, pricing, strategy, underlying, entry_date AS EntryDate, exit_date AS ExitDate, expiration, legs, units,
                   entry_spot AS EntrySpot, exit_spot AS ExitSpot, entry_vix AS EntryVix, entry_credit AS EntryCredit, exit_debit AS ExitDebit,
                   wing_width AS WingWidth, pop, ev_net AS EvNet, commission, pnl, exit_reason AS ExitReason, days_held AS DaysHeld
              FROM backtest_trades WHERE run_id = @id ORDER BY trade_no LIMIT @pageSize OFFSET @offset
            """,
            new { id, pageSize, offset = (page - 1) * pageSize }, cancellationToken: ct))).ToList();
        return new BacktestDetailDto(
            run.ToDto(metrics.FirstOrDefault(m => m.Scope == "overall")),
            metrics.Where(m => m.Scope == "strategy").Select(m => m.ToDto()).ToList(),
            metrics.Where(m => m.Scope == "underlying").Select(m => m.ToDto()).ToList(),
            equity, trades, total, page, pageSize);
    }

    private sealed class RunRow
    {
        public Guid Id { get; init; }

        public string Strategy { get; init; } = "";

        public string Underlying { get; init; } = "";

        public DateOnly From { get; init; }

        public DateOnly To { get; init; }

        public double? MinEvNet { get; init; }

        public double InitialCapital { get; init; }

        public string Status { get; init; } = "";

        public string? Error { get; init; }

        public string Pricing { get; init; } = "";

        public DateTime RequestedAt { get; init; }

        public DateTime? StartedAt { get; init; }

        public DateTime? FinishedAt { get; init; }

        public int? Sessions { get; init; }

        public int? Decisions { get; init; }

        public int? Accepted { get; init; }

        public int? SessionsAtCap { get; init; }

        public int? SessionsWithoutVix { get; init; }

        public double? MaxDrawdownUsd { get; init; }

        public int? MaxDrawdownDays { get; init; }

        public string? RejectionsJson { get; init; }

        public BacktestRunDto ToDto(MetricRow? overall) => new()
        {
            Id = Id, Strategy = Strategy, Underlying = Underlying, From = From, To = To, MinEvNet = MinEvNet, InitialCapital = InitialCapital,
            Status = Status, Error = Error, Pricing = Pricing, RequestedAt = DateTime.SpecifyKind(RequestedAt, DateTimeKind.Utc),
            StartedAt = StartedAt is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null,
            FinishedAt = FinishedAt is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : null,
            Sessions = Sessions, Decisions = Decisions, Accepted = Accepted, SessionsAtCap = SessionsAtCap, SessionsWithoutVix = SessionsWithoutVix,
            MaxDrawdownUsd = MaxDrawdownUsd, MaxDrawdownDays = MaxDrawdownDays,
            RejectionsByStage = RejectionsJson is null ? new Dictionary<string, int>() : JsonSerializer.Deserialize<Dictionary<string, int>>(RejectionsJson)!,
            Overall = overall?.ToDto(),
        };
    }

    private sealed class MetricRow
    {
        public Guid RunId { get; init; }

        public string Scope { get; init; } = "";

        public string Key { get; init; } = "";

        public string Pricing { get; init; } = "";

        public int Trades { get; init; }

        public int Wins { get; init; }

        public int Losses { get; init; }

        public double WinRate { get; init; }

        public double AverageWin { get; init; }

        public double AverageLoss { get; init; }

        public double? ProfitFactor { get; init; }

        public double TotalPnl { get; init; }

        public double AverageDaysHeld { get; init; }

        public double Sharpe { get; init; }

        public double Sortino { get; init; }

        public double Calmar { get; init; }

        public double MaxDrawdown { get; init; }

        public double AnnualisedReturn { get; init; }

        public BacktestMetricsDto ToDto() => new()
        {
            Scope = Scope, Key = Key, Pricing = Pricing, Trades = Trades, Wins = Wins, Losses = Losses, WinRate = WinRate, AverageWin = AverageWin,
            AverageLoss = AverageLoss, ProfitFactor = ProfitFactor, TotalPnl = TotalPnl, AverageDaysHeld = AverageDaysHeld, Sharpe = Sharpe,
            Sortino = Sortino, Calmar = Calmar, MaxDrawdown = MaxDrawdown, AnnualisedReturn = AnnualisedReturn,
        };
    }
}
