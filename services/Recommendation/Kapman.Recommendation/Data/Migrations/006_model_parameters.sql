-- Issue 21 items 1 and 4: versioned calibration parameter sets (seed 000 §10.2 model_parameters). One row per signal of a set,
-- plus the row of signal '*' carrying the overall base rate every signal without a fit of its own takes. A set is fitted only on
-- outcomes resolved strictly before fitted_through and is immutable once stored (a refit of the same date keeps the stored rows),
-- so a session and its set determine every stored confidence. no_edge: the signal did not beat its base rate on the fit data's
-- latest third, and its confidence is the base rate.
CREATE TABLE model_parameters (
    model_name      text             NOT NULL,
    model_version   text             NOT NULL,
    fitted_through  date             NOT NULL,
    signal          text             NOT NULL,
    version         text             NOT NULL,
    parameters      jsonb            NOT NULL,
    base_rate       double precision NOT NULL CHECK (base_rate BETWEEN 0 AND 1),
    n_calls         integer          NOT NULL CHECK (n_calls >= 0),
    no_edge         boolean          NOT NULL,
    fitted_at       timestamptz      NOT NULL,
    PRIMARY KEY (model_name, model_version, fitted_through, signal)
);

-- The parameter set each recommendation's confidence came from, and whether its signal showed no edge there.
ALTER TABLE recommendations ADD COLUMN calibration_version text;
ALTER TABLE recommendations ADD COLUMN no_edge boolean NOT NULL DEFAULT false;
