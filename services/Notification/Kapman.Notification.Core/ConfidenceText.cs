using System.Globalization;

namespace Kapman.Notification.Core;

/// <summary>
/// A recommendation's confidence as every message shows it (summary email, post-market report): <c>0.55</c>, or
/// <c>0.55 (no edge: the signal's base rate)</c> when its signal showed no edge in the walk-forward calibration (issue 21).
/// </summary>
public static class ConfidenceText
{
    /// <summary>The text of <paramref name="confidence"/> (0-1), labelled when <paramref name="noEdge"/>.</summary>
    public static string Of(double confidence, bool noEdge) =>
        confidence.ToString("0.00", CultureInfo.InvariantCulture) + (noEdge ? " (no edge: the signal's base rate)" : "");
}
