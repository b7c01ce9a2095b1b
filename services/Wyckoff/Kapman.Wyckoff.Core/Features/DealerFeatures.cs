namespace Kapman.Wyckoff.Core.Features;

/// <summary>
/// The dealer context of the options stage as numbers (from <see cref="DealerContext"/>, the Options service's
/// UnderlyingDealerMetrics of the session's chain): how dealers' hedging acts on the next move and how far price sits from
/// the levels where it changes.
/// </summary>
/// <param name="GammaSign">+1 dealers long gamma (hedging damps moves), −1 short gamma (hedging amplifies them), 0 neutral or unknown.</param>
/// <param name="FlipGap">spot / gamma flip − 1 (0.02: spot 2 % above the flip); null without a flip.</param>
/// <param name="CallWallGap">call wall / spot − 1 (room to the resistance of the largest call open interest); null without calls.</param>
/// <param name="PutWallGap">put wall / spot − 1 (negative: the support of the largest put open interest below); null without puts.</param>
public sealed record DealerFeatures(int GammaSign, double? FlipGap, double? CallWallGap, double? PutWallGap)
{
    /// <summary>The features of <paramref name="context"/>.</summary>
    public static DealerFeatures From(DealerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sign = context.Position switch
        {
            "LONG_GAMMA" => 1,
            "SHORT_GAMMA" => -1,
            _ => 0,
        };
        return new DealerFeatures(
            sign,
            context.GammaFlip is > 0 and var flip ? (context.Spot / flip) - 1 : null,
            context.CallWall is { } call ? (call / context.Spot) - 1 : null,
            context.PutWall is { } put ? (put / context.Spot) - 1 : null);
    }
}
