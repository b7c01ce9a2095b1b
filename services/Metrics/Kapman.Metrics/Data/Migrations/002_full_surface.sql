-- The remaining typed snapshot columns of docs/domain/indicators.md#snapshot-columns (seed 001 §5.5), the rest of the surface as JSONB, and why values are null.
ALTER TABLE indicators
    ADD COLUMN macd_line      double precision,
    ADD COLUMN macd_signal    double precision,
    ADD COLUMN macd_histogram double precision,
    ADD COLUMN stoch_k        double precision,
    ADD COLUMN stoch_d        double precision,
    ADD COLUMN mfi_14         double precision,
    ADD COLUMN adx_14         double precision,
    ADD COLUMN bbands_upper   double precision,
    ADD COLUMN bbands_middle  double precision,
    ADD COLUMN bbands_lower   double precision,
    ADD COLUMN bbands_width   double precision,
    ADD COLUMN obv            double precision,
    ADD COLUMN vwap           double precision,
    ADD COLUMN extras         jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN null_reasons   jsonb NOT NULL DEFAULT '{}'::jsonb;
