-- Version 2 of the stored-chain read contract (issue 19): the columns of contracts_v1, in the same order, followed by the
-- session's volume (contracts), the implied volatility (annualised decimal, null when none could be had) and where it came
-- from ('feed', 'computed', 'none'). The recommendation service's decision core needs both: volume for the liquidity gate,
-- IV for POP, touch and the gamma cap. contracts_v1 stays as it is for its readers.
CREATE VIEW options_api.contracts_v2 AS
SELECT occ_symbol, option_right, expiration, strike, bid, ask, delta, open_interest, as_of, underlying, volume, iv, iv_source
FROM options.contracts;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') THEN
        GRANT SELECT ON options_api.contracts_v2 TO kapman_app;
    END IF;
END $$;
