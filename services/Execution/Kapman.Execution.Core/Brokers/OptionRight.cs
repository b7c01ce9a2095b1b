namespace Kapman.Execution.Core.Brokers;

/// <summary>Call or put, as a broker reports an option contract (the C or P of an OCC symbol, docs/domain/execution.md#occ-symbols (seed 003 Appendix A)).</summary>
public enum OptionRight
{
    /// <summary>A call (C).</summary>
    Call,

    /// <summary>A put (P).</summary>
    Put,
}
