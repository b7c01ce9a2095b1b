using Kapman.LanguageModels.FactChecking;

namespace Kapman.Notification.Core.Commentary;

/// <summary>
/// What a report on <see cref="SessionFacts"/> may name (<see cref="TextFactChecker"/>): the session date, every ticker, OCC symbol (with
/// its strike and expiry), strike, wall and flip, spot, net GEX, confidence, score and count of the facts, and the labels (strategy,
/// direction, state, kinds, mode, position) as words.
/// </summary>
public static class CommentaryFactSet
{
    /// <summary>The fact set of <paramref name="facts"/>.</summary>
    public static FactSet From(SessionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var set = new FactSet().Date(facts.SessionDate).Number(facts.Issued).Number(facts.NoTrade)
            .Number(facts.Recommendations.Count).Number(facts.Alerts.Count).Number(facts.Orders.Count).Number(facts.Dealers.Count)
            .Label(facts.KillSwitchMode).Label(facts.KillSwitchReason);
        foreach (var r in facts.Recommendations)
        {
            set.Ticker(r.Ticker).Label(r.Status).Label(r.Strategy).Label(r.Direction).Label(r.NoTradeReason).Number(r.Confidence);
            foreach (var symbol in r.OccSymbols)
            {
                set.Symbol(symbol);
            }
        }

        foreach (var a in facts.Alerts)
        {
            set.Ticker(a.Ticker).Label(a.Kind).Number(a.Score);
        }

        foreach (var d in facts.Dealers)
        {
            set.Ticker(d.Underlying).Number(d.Spot).Number(d.NetGex).Number(d.GammaFlip).Label(d.Position);
            if (d.CallWall is { } call)
            {
                set.Strike(call);
            }

            if (d.PutWall is { } put)
            {
                set.Strike(put);
            }
        }

        foreach (var o in facts.Orders)
        {
            set.Ticker(o.Ticker).Label(o.Description).Label(o.State).Label(o.Mode).Number(o.FilledQuantity).Number(o.Quantity);
            foreach (var word in o.Description.Split([' ', '/', '@'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 15 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiDigit(word[^1]))
                {
                    set.Symbol(word);
                }
                else if (double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    set.Number(number);
                }
            }
        }

        return set;
    }
}
