using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Know Sure Thing (no TA-Lib function; Pring, StockCharts "KST" daily defaults): RCMA_i = SMA(s_i) of
/// ROC(r_i) with (r, s) = (10, 10), (15, 10), (20, 10), (30, 15); KST = RCMA1 + 2·RCMA2 + 3·RCMA3 + 4·RCMA4;
/// signal = SMA(9) of KST. ROC as <see cref="RateOfChange"/> (percent). Warm-up: 53 bars (KST from bar 45,
/// signal from bar 53). <see cref="IIndicator.Current"/> is KST. Unit: percent (weighted).
/// </summary>
public sealed class KnowSureThing : BarIndicator
{
    private const int KstWarmUp = 45;
    private static readonly (int Roc, int Sma)[] Legs = [(10, 10), (15, 10), (20, 10), (30, 15)];
    private readonly RateOfChange[] _rocs = Legs.Select(leg => new RateOfChange(leg.Roc)).ToArray();
    private readonly RollingWindow[] _averages = Legs.Select(leg => new RollingWindow(leg.Sma)).ToArray();
    private readonly RollingWindow _signal = new(9);

    /// <summary>Creates the indicator with the StockCharts daily parameters.</summary>
    public KnowSureThing()
        : base("KST", KstWarmUp + 8)
    {
    }

    /// <summary>True from bar 45, when the KST line (not yet the signal) is valid.</summary>
    public bool LineIsReady => Samples >= KstWarmUp;

    /// <summary>KST line, valid once <see cref="LineIsReady"/>.</summary>
    public double Line { get; private set; }

    /// <summary>Signal = SMA(9) of KST; 0 while not ready.</summary>
    public double Signal => IsReady ? _signal.Mean() : 0d;

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var kst = 0d;
        for (var i = 0; i < Legs.Length; i++)
        {
            if (_rocs[i].Update(bar))
            {
                _averages[i].Add(_rocs[i].Current);
            }

            kst += (i + 1) * (_averages[i].IsFull ? _averages[i].Mean() : 0d);
        }

        if (LineIsReady)
        {
            Line = kst;
            _signal.Add(kst);
        }

        return Line;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        foreach (var roc in _rocs)
        {
            roc.Reset();
        }

        foreach (var average in _averages)
        {
            average.Clear();
        }

        _signal.Clear();
        Line = 0d;
    }
}
