namespace Kapman.TradierStandIn;

/// <summary>A small SPY market for the stand-in run as a program: SPY at about 600 and calls and puts at 590, 600 and 610 for 2025-09-19.</summary>
public static class StandInSeed
{
    /// <summary>Adds the demo quotes and contracts to <paramref name="state"/>.</summary>
    public static void AddDemoMarket(StandInState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.AddQuote(new StandInQuote("SPY", 599.95m, 600.05m, 600.00m, 50_000_000));
        var expiration = new DateOnly(2025, 9, 19);
        state.AddContract(new StandInContract("SPY250919C00590000", "SPY", expiration, "call", 590m, 14.90m, 15.10m, 0.62m, 0.16m, 12_000));
        state.AddContract(new StandInContract("SPY250919C00600000", "SPY", expiration, "call", 600m, 8.90m, 9.10m, 0.50m, 0.15m, 20_000));
        state.AddContract(new StandInContract("SPY250919C00610000", "SPY", expiration, "call", 610m, 4.40m, 4.60m, 0.35m, 0.14m, 15_000));
        state.AddContract(new StandInContract("SPY250919P00590000", "SPY", expiration, "put", 590m, 4.70m, 4.90m, -0.38m, 0.17m, 18_000));
        state.AddContract(new StandInContract("SPY250919P00600000", "SPY", expiration, "put", 600m, 8.40m, 8.60m, -0.50m, 0.16m, 22_000));
        state.AddContract(new StandInContract("SPY250919P00610000", "SPY", expiration, "put", 610m, 13.90m, 14.10m, -0.64m, 0.15m, 9_000));
    }
}
