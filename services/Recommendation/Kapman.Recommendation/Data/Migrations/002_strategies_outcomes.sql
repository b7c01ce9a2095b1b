-- Issue 7: the four seed strategies with priced legs, the justification's provenance, and evaluated outcomes
-- (docs/domain/data-contracts.md#recommendation-recommendation, seed 000 §5.1 / §9.2 recommendations and recommendation_outcomes). status stays ISSUED / NO_TRADE; the
-- lifecycle (active / closed / expired) lives on the latest outcome.
ALTER TABLE recommendations
    ADD COLUMN action                 text,
    ADD COLUMN structure              text,
    ADD COLUMN phase                  text,
    ADD COLUMN signal                 text,
    ADD COLUMN legs                   jsonb,
    ADD COLUMN net_premium            double precision,
    ADD COLUMN underlying_entry       double precision,
    ADD COLUMN underlying_stop        double precision,
    ADD COLUMN underlying_target      double precision,
    ADD COLUMN option_entry           double precision,
    ADD COLUMN option_stop            double precision,
    ADD COLUMN option_target          double precision,
    ADD COLUMN max_profit             double precision,
    ADD COLUMN max_loss               double precision,
    ADD COLUMN breakeven              double precision,
    ADD COLUMN reward_to_risk         double precision,
    ADD COLUMN contracts              int,
    ADD COLUMN justification_model    text,
    ADD COLUMN justification_prompt   text,
    ADD COLUMN justification_fallback text;
CREATE INDEX recommendations_by_strategy ON recommendations (strategy, session_date DESC);

CREATE TABLE recommendation_outcomes (
    id                      uuid             PRIMARY KEY,
    recommendation_id       uuid             NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    evaluation_date         date             NOT NULL,
    evaluation_window_days  int              NOT NULL,
    entry_price_actual      double precision NOT NULL,
    exit_price_actual       double precision NOT NULL,
    high_price_during_window double precision NOT NULL,
    low_price_during_window double precision NOT NULL,
    days_to_target          int,
    days_to_stop            int,
    days_held               int              NOT NULL,
    max_favorable_excursion double precision NOT NULL,
    max_adverse_excursion   double precision NOT NULL,
    direction_correct       boolean          NOT NULL,
    predicted_confidence    double precision NOT NULL,
    directional_brier       double precision NOT NULL,
    actual_return_pct       double precision NOT NULL,
    hit_profit_target       boolean          NOT NULL,
    hit_stop_loss           boolean          NOT NULL,
    outcome_status          text             NOT NULL CHECK (outcome_status IN ('WIN', 'LOSS', 'NEUTRAL')),
    status                  text             NOT NULL CHECK (status IN ('active', 'closed', 'expired')),
    evaluated_at            timestamptz      NOT NULL DEFAULT now(),
    UNIQUE (recommendation_id)
);
CREATE INDEX recommendation_outcomes_by_date ON recommendation_outcomes (evaluation_date DESC);
