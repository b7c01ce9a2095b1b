-- Options dealer positioning per ticker and session, stored from the OptionMetricsComputed event that
-- carries it: context for the Wyckoff reading only (issue 5 §1), never an input of
-- a score, event or signal, so snapshots stay a function of the bars and the model parameters. The API
-- attaches it to a snapshot of the same ticker and session when present.
CREATE TABLE dealer_context (
    ticker                 text             NOT NULL,
    session_date           date             NOT NULL,
    spot                   double precision NOT NULL,
    net_gex                double precision NOT NULL,
    gamma_flip             double precision,
    dgpi                   double precision,
    dealer_position        text,
    call_wall              double precision,
    put_wall               double precision,
    options_model_version  text             NOT NULL,
    description            text             NOT NULL,
    stored_at              timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (ticker, session_date)
);
