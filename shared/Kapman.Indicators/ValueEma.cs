namespace Kapman.Indicators;

/// <summary>
/// Streaming EMA of arbitrary values, seeded as TA-Lib does: the first value is the mean of the first
/// <c>period</c> inputs, then EMA = EMA_prev + k × (x − EMA_prev) with k = 2 / (period + 1).
/// </summary>
internal sealed class ValueEma(int period)
{
    private readonly double _k = 2d / (period + 1);
    private double _sum;

    public int Count { get; private set; }

    public bool IsReady => Count >= period;

    public double Value { get; private set; }

    public bool Add(double value)
    {
        Count++;
        if (Count < period)
        {
            _sum += value;
        }
        else if (Count == period)
        {
            Value = (_sum + value) / period;
        }
        else
        {
            Value += _k * (value - Value);
        }

        return IsReady;
    }

    public void Clear()
    {
        _sum = 0d;
        Count = 0;
        Value = 0d;
    }
}
