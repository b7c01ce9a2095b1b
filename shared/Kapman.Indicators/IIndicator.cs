namespace Kapman.Indicators;

/// <summary>
/// A streaming indicator in the LEAN style: fed one sample at a time, it reports its latest value and
/// whether enough samples have been seen for that value to be meaningful.
/// </summary>
public interface IIndicator
{
    /// <summary>Display name including the parameters, e.g. <c>SMA(20)</c>.</summary>
    string Name { get; }

    /// <summary>True once <see cref="Samples"/> &gt;= <see cref="WarmUpPeriod"/>.</summary>
    bool IsReady { get; }

    /// <summary>Number of samples needed before the first valid value (TA-Lib lookback + 1).</summary>
    int WarmUpPeriod { get; }

    /// <summary>Number of samples fed since construction or the last <see cref="Reset"/>.</summary>
    int Samples { get; }

    /// <summary>The latest value; 0 while the indicator is not ready.</summary>
    double Current { get; }

    /// <summary>Clears all state, as if newly constructed.</summary>
    void Reset();
}
