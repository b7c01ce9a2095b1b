namespace Kapman.Indicators;

/// <summary>
/// Fixed-capacity window over the most recent values (oldest values drop out first). The sum is kept
/// incrementally (O(1) per addition), recomputed exactly each time the ring wraps so that rounding drift never
/// spans more than one window length, and exactly 0 whenever every value held is 0 (a run of zero-volume bars).
/// </summary>
internal sealed class RollingWindow
{
    private readonly double[] _values;
    private int _next;
    private double _sum;
    private int _nonZero;

    public RollingWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _values = new double[capacity];
    }

    public int Count { get; private set; }

    public bool IsFull => Count == _values.Length;

    /// <summary>The oldest value held (the next to drop out); 0 when empty.</summary>
    public double Oldest => Count < _values.Length ? _values[0] : _values[_next];

    /// <summary>The most recently added value; 0 when empty.</summary>
    public double Newest => Ago(0);

    /// <summary>The value added <paramref name="age"/> additions ago (0 = newest); needs age &lt; Count.</summary>
    public double Ago(int age)
    {
        var index = _next - 1 - age;
        return _values[index < 0 ? index + _values.Length : index];
    }

    public void Add(double value)
    {
        _sum += value - _values[_next];
        _nonZero += (value != 0d ? 1 : 0) - (_values[_next] != 0d ? 1 : 0);
        _values[_next] = value;
        _next = (_next + 1) % _values.Length;
        if (Count < _values.Length)
        {
            Count++;
        }

        if (_next == 0)
        {
            _sum = ExactSum();
        }
        else if (_nonZero == 0)
        {
            _sum = 0d;
        }
    }

    public double Sum() => _sum;

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
        _sum = 0d;
        _nonZero = 0;
        Count = 0;
    }

    private double ExactSum()
    {
        var sum = 0d;
        for (var i = 0; i < Count; i++)
        {
            sum += _values[i];
        }

        return sum;
    }
}
