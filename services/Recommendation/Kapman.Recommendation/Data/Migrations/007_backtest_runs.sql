-- Issue 19 item 5: backtest runs started through POST /backtests (docs/domain/decision-engine.md#backtesting). A run's parameters,
-- status and timings; its performance report (overall on the marked equity, by strategy and by underlying on each group's realised
-- equity); its equity and drawdown series; its closed trades. Every run, metric row, point and trade carries the pricing of the chains
-- it rests on: 'model-priced' (Black-Scholes-Merton from the close and the VIX term level) or 'stored-chain' (real stored quotes).
CREATE TABLE backtest_runs (
    id                  uuid             PRIMARY KEY,
    strategy            text             NOT NULL,
    underlying          text             NOT NULL,
    from_date           date             NOT NULL,
    to_date             date             NOT NULL CHECK (to_date >= from_date),
    min_ev_net          double precision,
    initial_capital     double precision NOT NULL,
    status              text             NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    error               text,
    pricing             text             NOT NULL CHECK (pricing IN ('stored-chain', 'model-priced')),
    requested_at        timestamptz      NOT NULL,
    started_at          timestamptz,
    finished_at         timestamptz,
    sessions            integer,
    decisions           integer,
    accepted            integer,
    sessions_at_cap     integer,
    sessions_without_vix integer,
    max_drawdown_usd    double precision,
    max_drawdown_days   integer,
    rejections_by_stage jsonb
);
CREATE INDEX backtest_runs_by_request ON backtest_runs (requested_at DESC);

-- One row per group: scope 'overall' (key 'all'), 'strategy' (a structure code) or 'underlying' (a ticker).
CREATE TABLE backtest_metrics (
    run_id            uuid             NOT NULL REFERENCES backtest_runs (id) ON DELETE CASCADE,
    scope             text             NOT NULL CHECK (scope IN ('overall', 'strategy', 'underlying')),
    key               text             NOT NULL,
    pricing           text             NOT NULL CHECK (pricing IN ('stored-chain', 'model-priced')),
    trades            integer          NOT NULL,
    wins              integer          NOT NULL,
    losses            integer          NOT NULL,
    win_rate          double precision NOT NULL,
    average_win       double precision NOT NULL,
    average_loss      double precision NOT NULL,
    profit_factor     double precision,
    total_pnl         double precision NOT NULL,
    average_days_held double precision NOT NULL,
    sharpe            double precision NOT NULL,
    sortino           double precision NOT NULL,
    calmar            double precision NOT NULL,
    max_drawdown      double precision NOT NULL,
    annualised_return double precision NOT NULL,
    PRIMARY KEY (run_id, scope, key)
);

CREATE TABLE backtest_equity (
    run_id         uuid             NOT NULL REFERENCES backtest_runs (id) ON DELETE CASCADE,
    session_date   date             NOT NULL,
    equity         double precision NOT NULL,
    drawdown       double precision NOT NULL,
    open_positions integer          NOT NULL,
    PRIMARY KEY (run_id, session_date)
);

CREATE TABLE backtest_trades (
    run_id       uuid             NOT NULL REFERENCES backtest_runs (id) ON DELETE CASCADE,
    trade_no     integer          NOT NULL,
    pricing      text             NOT NULL CHECK (pricing IN ('stored-chain', 'model-priced')),
    strategy     text             NOT NULL,
    underlying   text             NOT NULL,
    entry_date   date             NOT NULL,
    exit_date    date             NOT NULL,
    expiration   date             NOT NULL,
    legs         text             NOT NULL,
    units        integer          NOT NULL,
    entry_spot   double precision NOT NULL,
    exit_spot    double precision NOT NULL,
    entry_vix    double precision,
    entry_credit double precision NOT NULL,
    exit_debit   double precision NOT NULL,
    wing_width   double precision NOT NULL,
    pop          double precision NOT NULL,
    ev_net       double precision NOT NULL,
    commission   double precision NOT NULL,
    pnl          double precision NOT NULL,
    exit_reason  text             NOT NULL,
    days_held    integer          NOT NULL,
    PRIMARY KEY (run_id, trade_no)
);
