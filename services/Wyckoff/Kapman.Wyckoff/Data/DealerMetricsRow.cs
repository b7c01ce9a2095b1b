using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.Data;

/// <summary>One <c>options.dealer_metrics</c> row as <see cref="DealerContextStore"/> reads it (see <see cref="DealerContext"/>).</summary>
internal sealed class DealerMetricsRow
{
    public string Ticker { get; init; } = "";

    public DateOnly SessionDate { get; init; }

    public double Spot { get; init; }

    public double NetGex { get; init; }

    public double? GammaFlip { get; init; }

    public double? Dgpi { get; init; }

    public string? Position { get; init; }

    public double? CallWall { get; init; }

    public double? PutWall { get; init; }

    public string OptionsModelVersion { get; init; } = "";

    public DealerContext ToContext() =>
        new(Ticker, SessionDate, Spot, NetGex, GammaFlip, Dgpi, Position, CallWall, PutWall, OptionsModelVersion);
}
