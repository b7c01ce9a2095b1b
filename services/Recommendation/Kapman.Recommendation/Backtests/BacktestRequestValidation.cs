using System.Globalization;
using System.Text.RegularExpressions;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Decisions;

namespace Kapman.Recommendation.Backtests;

/// <summary>
/// Checks a <see cref="BacktestRequest"/> and turns it into the runner's <see cref="BacktestSettings"/>: the defaults of
/// <see cref="BacktestSettings.Default"/> (as <c>kapman backtest</c>) with stage G's EV_net minimum overridden when given.
/// </summary>
public static partial class BacktestRequestValidation
{
    /// <summary>Longest range accepted, calendar days (about 20 years: the stored history's span).</summary>
    public const int MaxRangeDays = 7400;

    /// <summary>The settings, or the errors by field (camelCase, as the body's).</summary>
    public static (BacktestSettings? Settings, Dictionary<string, string[]> Errors) Validate(BacktestRequest? request, Func<string, bool> hasBars)
    {
        ArgumentNullException.ThrowIfNull(hasBars);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null)
        {
            errors["body"] = ["a JSON body {strategy, underlying, from, to, minEvNet} is required."];
            return (null, errors);
        }

        if (!StructureCodes.TryParse(request.Strategy, out var structure))
        {
            errors["strategy"] = [$"strategy '{request.Strategy}' is not iron_condor, credit_put_spread or credit_call_spread."];
        }

        var ticker = request.Underlying?.Trim().ToUpperInvariant() ?? "";
        if (!Ticker().IsMatch(ticker))
        {
            errors["underlying"] = [$"underlying '{request.Underlying}' is not a ticker (1-10 of A-Z, 0-9, '.', '-')."];
        }
        else if (!hasBars(ticker))
        {
            errors["underlying"] = [$"no stored daily bars for {ticker} under the backtest data root."];
        }

        var from = Date(request.From, "from", errors);
        var to = Date(request.To, "to", errors);
        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                errors["to"] = ["to must be on or after from."];
            }
            else if (t.DayNumber - f.DayNumber > MaxRangeDays)
            {
                errors["to"] = [$"the range is longer than {MaxRangeDays} days."];
            }
        }

        if (request.MinEvNet is { } ev && !double.IsFinite(ev))
        {
            errors["minEvNet"] = ["minEvNet must be a finite number of dollars."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var settings = BacktestSettings.Default(ticker, structure, from!.Value, to!.Value);
        if (request.MinEvNet is { } minimum)
        {
            settings = settings with { Thresholds = settings.Thresholds with { Guard = settings.Thresholds.Guard with { MinEvNetUsd = minimum } } };
        }

        return (settings, errors);
    }

    private static DateOnly? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [string.IsNullOrEmpty(text) ? $"{field} is required (yyyy-MM-dd)." : $"{field} '{text}' is not a date (yyyy-MM-dd)."];
        return null;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9.-]{0,9}$")]
    private static partial Regex Ticker();
}
