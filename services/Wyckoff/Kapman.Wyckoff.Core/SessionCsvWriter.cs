using System.Globalization;
using System.Text;
using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// The offline analyser's output (issue 5 §9): one row per session,
/// <c>date,phase,bc_score,spring_score,composite,events,signal</c>, where <c>events</c> is a <c>;</c>-separated
/// list of <c>CODE:confidence</c> (2 decimals, for example <c>SC:0.82;AR:0.40</c>), <c>composite</c> has 3
/// decimals and <c>signal</c> is the §17.2 trade signal (empty when none). Each session is analysed on the
/// bars of the <c>lookbackCalendarDays</c> before it, as the daily run does, so a row equals what the daily
/// run stores for that session. Pure.
/// </summary>
public static class SessionCsvWriter
{
    /// <summary>The CSV text, \n line ends, with a header line.</summary>
    /// <param name="bars">Bars in strictly ascending date order (see <see cref="WyckoffAnalyzer.Analyze"/>).</param>
    /// <param name="from">First session written; null for the first bar.</param>
    /// <param name="to">Last session written; null for the last bar.</param>
    /// <param name="lookbackCalendarDays">Calendar days of history before each session (the host uses 200).</param>
    /// <param name="parameters">Thresholds.</param>
    /// <exception cref="ArgumentException">The bars are invalid (see <see cref="WyckoffAnalyzer.Analyze"/>).</exception>
    public static string Write(
        IReadOnlyList<Bar> bars, DateOnly? from, DateOnly? to, int lookbackCalendarDays, WyckoffParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var text = new StringBuilder("date,phase,bc_score,spring_score,composite,events,signal\n");
        var start = 0;
        for (var i = 0; i < bars.Count; i++)
        {
            var date = bars[i].Date;
            while (bars[start].Date < date.AddDays(-lookbackCalendarDays))
            {
                start++;
            }

            if ((from is { } f && date < f) || (to is { } t && date > t))
            {
                continue;
            }

            var s = WyckoffAnalyzer.Analyze("T", Slice(bars, start, i), parameters);
            var events = string.Join(';', s.Events.Select(e => e.Code + ":" + e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)));
            text.Append(CultureInfo.InvariantCulture,
                $"{date:yyyy-MM-dd},{s.Phase.Phase},{s.Bc.Total},{s.Spring.Total},{s.CompositeScore:0.000},{events},{s.TradeSignal}\n");
        }

        return text.ToString();
    }

    private static Bar[] Slice(IReadOnlyList<Bar> bars, int start, int end)
    {
        var slice = new Bar[end - start + 1];
        for (var k = start; k <= end; k++)
        {
            slice[k - start] = bars[k];
        }

        return slice;
    }
}
