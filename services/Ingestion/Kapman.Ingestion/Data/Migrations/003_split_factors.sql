-- Split adjustment factors (issue 3 §4). Raw bars in daily_bars are never changed; the adjusted read applies these.
-- factor = new shares per old share (7 for a 7:1 split, 0.1 for a 1:10 reverse split), effective from ex_date.
CREATE TABLE split_factors (
    ticker               text             NOT NULL,
    ex_date              date             NOT NULL,
    factor               double precision NOT NULL CHECK (factor > 0),
    observed_ratio       double precision NOT NULL,
    dollar_volume_ratio  double precision NOT NULL,
    source               text             NOT NULL DEFAULT 'detected',
    detected_at          timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (ticker, ex_date)
);
