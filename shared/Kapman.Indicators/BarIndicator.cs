using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Base class of indicators fed with daily bars. Bars must arrive in strictly ascending date order.
/// </summary>
public abstract class BarIndicator : IIndicator
{
    private DateOnly? _lastDate;

    /// <summary>Creates the indicator.</summary>
    /// <param name="name">Display name including the parameters.</param>
    /// <param name="warmUpPeriod">Bars needed before the first valid value (at least 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="warmUpPeriod"/> is below 1.</exception>
    protected BarIndicator(string name, int warmUpPeriod)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(warmUpPeriod, 1);
        Name = name;
        WarmUpPeriod = warmUpPeriod;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int WarmUpPeriod { get; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Samples >= WarmUpPeriod;

    /// <inheritdoc />
    public double Current { get; private set; }

    /// <summary>
    /// Why <see cref="Current"/> is mathematically undefined although the indicator is ready (a zero denominator on
    /// degenerate bars: no volume, a zero close), or null. <see cref="Current"/> then holds a finite fallback; the
    /// daily snapshot stores null with this reason instead.
    /// </summary>
    public virtual string? UndefinedReason => null;

    /// <summary>Feeds the next bar.</summary>
    /// <param name="bar">The next session's bar; its date must be later than the previous bar's.</param>
    /// <returns><see cref="IsReady"/> after the update.</returns>
    /// <exception cref="ArgumentException">The bar's date is not after the previous bar's date.</exception>
    public bool Update(Bar bar)
    {
        if (_lastDate is { } last && bar.Date <= last)
        {
            throw new ArgumentException(
                $"{Name}: bar dated {bar.Date:yyyy-MM-dd} does not follow the previous bar dated {last:yyyy-MM-dd}.",
                nameof(bar));
        }

        _lastDate = bar.Date;
        Samples++;
        var value = ComputeNextValue(bar);
        Current = IsReady ? value : 0d;
        return IsReady;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _lastDate = null;
        Samples = 0;
        Current = 0d;
        ResetState();
    }

    /// <summary>
    /// Updates the internal state with <paramref name="bar"/> and returns the new value. Called after
    /// <see cref="Samples"/> has been incremented; the return value is ignored while not ready.
    /// </summary>
    protected abstract double ComputeNextValue(Bar bar);

    /// <summary>Clears the indicator-specific state.</summary>
    protected abstract void ResetState();
}
