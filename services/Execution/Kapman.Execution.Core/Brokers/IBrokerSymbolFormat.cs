namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// How one broker writes option symbols (docs/domain/execution.md#occ-symbols, seed 003 §8 task 9.3.1, <c>occ_to_broker</c> / <c>normalize_to_occ</c>). The broker
/// interface takes and returns Kapman's OCC symbols without padding; an adapter converts at its boundary with this.
/// </summary>
public interface IBrokerSymbolFormat
{
    /// <summary>The format's name.</summary>
    string Name { get; }

    /// <summary>The broker's symbol for a Kapman OCC symbol.</summary>
    /// <exception cref="FormatException"><paramref name="occSymbol"/> is not an OCC symbol.</exception>
    string ToBroker(string occSymbol);

    /// <summary>The Kapman OCC symbol for a broker's option symbol.</summary>
    /// <exception cref="FormatException"><paramref name="brokerSymbol"/> is not an option symbol of this format.</exception>
    string FromBroker(string brokerSymbol);
}
