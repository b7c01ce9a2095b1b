namespace Kapman.TradierStandIn;

/// <summary>
/// The stand-in's memory: quotes, option contracts, orders, positions, closed positions, cash and the calls received. One lock guards
/// it all. Fills follow <see cref="FillRule"/>; a multileg fill prices every leg at its mid except the first, which takes the rest of the
/// order's net price (floored at 0). Each leg's fill moves the position by ±contracts and the cash by ∓price × contracts × 100.
/// </summary>
public sealed partial class StandInState(StandInScenario scenario, TimeProvider clock)
{
    private const decimal Multiplier = 100m;

    private readonly Lock gate = new();
    private readonly Dictionary<string, StandInQuote> quotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StandInContract> contracts = new(StringComparer.Ordinal);
    private readonly List<StandInOrder> orders = [];
    private readonly Dictionary<string, StandInPosition> positions = new(StringComparer.Ordinal);
    private readonly List<StandInClosedPosition> closed = [];
    private readonly List<RecordedCall> calls = [];
    private int nextOrderId = 1000;
    private int nextPositionId = 1;

    /// <summary>The settings.</summary>
    public StandInScenario Scenario { get; } = scenario;

    /// <summary>The stand-in's clock.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>When orders fill; a test may change it between calls.</summary>
    public FillRule FillRule { get; set; } = scenario.FillRule;

    /// <summary>
    /// How long an accepted order's placement answer is held back (default none); a test may change it between calls. The order is
    /// already accepted while the answer waits, so a client that dies meanwhile leaves an order it never heard of.
    /// </summary>
    public TimeSpan PlaceAnswerDelay { get; set; }

    /// <summary>Cash in $.</summary>
    public decimal Cash { get; private set; } = scenario.StartingCash;

    /// <summary>Adds or replaces an equity or index quote.</summary>
    public void AddQuote(StandInQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        lock (gate)
        {
            quotes[quote.Symbol] = quote;
        }
    }

    /// <summary>Adds or replaces an option contract.</summary>
    public void AddContract(StandInContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        lock (gate)
        {
            contracts[contract.Symbol] = contract;
        }
    }

    /// <summary>The calls received so far, oldest first.</summary>
    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>The orders, oldest first.</summary>
    public IReadOnlyList<StandInOrder> Orders
    {
        get
        {
            lock (gate)
            {
                return [.. orders];
            }
        }
    }

    /// <summary>The open positions.</summary>
    public IReadOnlyList<StandInPosition> Positions
    {
        get
        {
            lock (gate)
            {
                return [.. positions.Values.OrderBy(p => p.Id)];
            }
        }
    }

    /// <summary>The closed positions, oldest first.</summary>
    public IReadOnlyList<StandInClosedPosition> ClosedPositions
    {
        get
        {
            lock (gate)
            {
                return [.. closed];
            }
        }
    }

    /// <summary>Records a call.</summary>
    public void Record(RecordedCall call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
    }

    /// <summary>The equity quotes and option contracts for <paramref name="symbols"/>, and the symbols it does not know.</summary>
    public (IReadOnlyList<object> Found, IReadOnlyList<string> Unmatched) Quotes(IEnumerable<string> symbols)
    {
        lock (gate)
        {
            var found = new List<object>();
            var unmatched = new List<string>();
            foreach (var symbol in symbols)
            {
                if (quotes.TryGetValue(symbol, out var quote))
                {
                    found.Add(quote);
                }
                else if (contracts.TryGetValue(symbol, out var contract))
                {
                    found.Add(contract);
                }
                else
                {
                    unmatched.Add(symbol);
                }
            }

            return (found, unmatched);
        }
    }

    /// <summary>The contracts of <paramref name="underlying"/> expiring on <paramref name="expiration"/>, by type then strike.</summary>
    public IReadOnlyList<StandInContract> Chain(string underlying, DateOnly expiration)
    {
        lock (gate)
        {
            return [.. contracts.Values.Where(c => c.Underlying == underlying && c.Expiration == expiration).OrderBy(c => c.OptionType, StringComparer.Ordinal).ThenBy(c => c.Strike)];
        }
    }

    /// <summary>The expirations listed for <paramref name="underlying"/>, ascending.</summary>
    public IReadOnlyList<DateOnly> Expirations(string underlying)
    {
        lock (gate)
        {
            return [.. contracts.Values.Where(c => c.Underlying == underlying).Select(c => c.Expiration).Distinct().Order()];
        }
    }

    /// <summary>One order, or null.</summary>
    public StandInOrder? Order(int id)
    {
        lock (gate)
        {
            return orders.Find(o => o.Id == id);
        }
    }

    /// <summary>The mid of a known contract in $ per share, or null.</summary>
    public decimal? Mid(string symbol)
    {
        lock (gate)
        {
            return contracts.TryGetValue(symbol, out var c) ? c.Mid : null;
        }
    }
}
