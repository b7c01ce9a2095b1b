namespace Kapman.Indicators;

/// <summary>The return computed by <see cref="Returns"/>.</summary>
public enum ReturnKind
{
    /// <summary>Simple daily return close / previous close − 1.</summary>
    Daily,

    /// <summary>Log return ln(close / previous close).</summary>
    Log,

    /// <summary>Cumulative return close / first close − 1.</summary>
    Cumulative,
}
