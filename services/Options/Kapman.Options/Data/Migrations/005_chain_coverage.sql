-- What each options stage run found per underlying (issue 22 item 3): every wanted underlying (watchlists, P1 portfolios, the
-- Watchlist setting) and every snapshot read, with STORED / SKIPPED / NO_SOURCE and the reason. Replaced per session on each run.
CREATE TABLE chain_coverage (
    session_date  date    NOT NULL,
    underlying    text    NOT NULL,
    wanted_by     text[]  NOT NULL,
    status        text    NOT NULL CHECK (status IN ('STORED', 'SKIPPED', 'NO_SOURCE')),
    source        text,
    contracts     integer NOT NULL,
    reason        text,
    PRIMARY KEY (session_date, underlying)
);
