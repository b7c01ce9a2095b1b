namespace Kapman.Metrics.Core;

/// <summary>Fixed-capacity window over the most recent values (oldest values drop out first).</summary>
internal sealed class RollingWindow
{
    private readonly double[] _values;
    private int _next;

    public RollingWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _values = new double[capacity];
    }

    public int Count { get; private set; }

    public bool IsFull => Count == _values.Length;

    public void Add(double value)
    {
        _values[_next] = value;
        _next = (_next + 1) % _values.Length;
        if (Count < _values.Length)
        {
            Count++;
        }
    }

    public double Sum()
    {
        var sum = 0d;
        for (var i = 0; i < Count; i++)
        {
            sum += _values[i];
        }

        return sum;
    }

    public double Mean() => Sum() / Count;

    public double Max()
    {
        var max = double.NegativeInfinity;
        for (var i = 0; i < Count; i++)
        {
            max = Math.Max(max, _values[i]);
        }

        return max;
    }

    public double Min()
    {
        var min = double.PositiveInfinity;
        for (var i = 0; i < Count; i++)
        {
            min = Math.Min(min, _values[i]);
        }

        return min;
    }

    /// <summary>Sample standard deviation (divisor Count - 1); needs at least two values.</summary>
    public double SampleStandardDeviation()
    {
        var mean = Mean();
        var squares = 0d;
        for (var i = 0; i < Count; i++)
        {
            var deviation = _values[i] - mean;
            squares += deviation * deviation;
        }

        return Math.Sqrt(squares / (Count - 1));
    }

    public void Clear()
    {
        Array.Clear(_values);
        _next = 0;
        Count = 0;
    }
}
