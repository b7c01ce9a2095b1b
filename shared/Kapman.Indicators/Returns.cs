using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Close-to-close returns (standard definitions, no TA-Lib function): daily = close / previous close − 1;
/// log = ln(close / previous close); cumulative = close / first close − 1. A non-positive reference close
/// or close gives 0 instead of an infinite or undefined value, with <see cref="UndefinedReason"/>. Warm-up: 2 bars (daily, log) or 1 bar
/// (cumulative). Unit: decimal (0.01 = 1 %).
/// </summary>
public sealed class Returns : BarIndicator
{
    private readonly ReturnKind _kind;
    private double _first;
    private double _previous;
    private bool _nonPositive;

    /// <summary>Creates the indicator.</summary>
    /// <param name="kind">Which return to compute.</param>
    public Returns(ReturnKind kind)
        : base($"RETURN({kind})", kind == ReturnKind.Cumulative ? 1 : 2)
    {
        _kind = kind;
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples == 1)
        {
            _first = bar.Close;
        }

        var reference = _kind == ReturnKind.Cumulative ? _first : _previous;
        var value = 0d;
        if (Samples > 1 || _kind == ReturnKind.Cumulative)
        {
            _nonPositive = !(reference > 0d && bar.Close > 0d);
            var ratio = _nonPositive ? 1d : bar.Close / reference;
            value = _kind == ReturnKind.Log ? Math.Log(ratio) : ratio - 1d;
        }

        _previous = bar.Close;
        return value;
    }

    /// <inheritdoc />
    public override string? UndefinedReason => IsReady && _nonPositive ? "a non-positive close: the return is undefined" : null;

    /// <inheritdoc />
    protected override void ResetState()
    {
        _first = _previous = 0d;
        _nonPositive = false;
    }
}
