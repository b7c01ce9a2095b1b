using System.Globalization;
using System.Text;
using Kapman.Notification.Core.Routing;

namespace Kapman.Notification.Core.Pnl;

/// <summary>The daily P&amp;L message (route DAILY_PNL; seed 003 §4 task 5.2: "Daily P&amp;L summary sent at market close").</summary>
public static class PnlMessages
{
    /// <summary>
    /// The summary of <paramref name="update"/>: the total and the day's change in the subject, then the total's parts, the marks' date,
    /// and one line per underlying. Signed dollars with two decimals. Keyed by session and book, so a redelivered event sends nothing new.
    /// </summary>
    public static ComposedMessage Daily(DailyPnlUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var day = Day(update.SessionDate);
        var change = update.DayChange is { } c ? $"{Signed(c)} on the day" : "no day change";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Daily P&L of the {update.Mode} book for the {day} session, {Marks(update)}.\n");
        body.Append(CultureInfo.InvariantCulture,
            $"Total: {Signed(update.Total)} $ = realised {Signed(update.Realized)} - commissions {update.Commissions:0.00} + unrealised {Signed(update.Unrealized)}.\n");
        body.Append(update switch
        {
            { DayChange: { } d, PreviousSession: { } p } => string.Create(CultureInfo.InvariantCulture, $"Day change: {Signed(d)} $ since the {Day(p)} report.\n"),
            { PreviousSession: null } => "Day change: none (the first report).\n",
            _ => "Day change: not comparable (a total misses a mark).\n",
        });
        body.Append(CultureInfo.InvariantCulture, $"Open holdings: {update.OpenHoldings}, without a mark: {update.UnmarkedHoldings}.\n");
        if (update.Lines.Count > 0)
        {
            body.Append("By underlying:\n");
            foreach (var line in update.Lines)
            {
                body.Append(CultureInfo.InvariantCulture,
                    $"- {line.Underlying}: {Signed(line.Total)} $ (realised {Signed(line.Realized)}, commissions {line.Commissions:0.00}, unrealised {Signed(line.Unrealized)}; {line.OpenHoldings} open)\n");
            }
        }

        body.Append("The positions page (GET /api/execution/positions) has every holding.");
        return new ComposedMessage($"daily-pnl:{day}:{update.Mode}", RouteKinds.DailyPnl, update.SessionDate, null,
            $"Kapman {day} daily P&L [{update.Mode}]: {Signed(update.Total)} $ total, {change}", body.ToString());
    }

    private static string Marks(DailyPnlUpdate update) => update.MarksAsOf switch
    {
        null => "nothing open to mark",
        { } d when d == update.SessionDate => $"marked at the {Day(d)} close (mid of bid and ask)",
        { } d => $"marked at the {Day(d)} close: the session's chain was not stored in time",
    };

    private static string Signed(decimal value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static string Day(DateOnly session) => session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
