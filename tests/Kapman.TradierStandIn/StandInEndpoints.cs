using System.Globalization;
using System.Text.Json.Nodes;

namespace Kapman.TradierStandIn;

/// <summary>
/// The documented Tradier endpoints the stand-in serves, behind a gate that answers 401 <c>Invalid Access Token</c> to a wrong bearer token
/// and 429 (with the X-Ratelimit headers and an API-gateway fault body) past the rate limit; every call is recorded.
/// </summary>
public static class StandInEndpoints
{
    /// <summary>Maps the gate and the endpoints onto <paramref name="app"/>.</summary>
    public static void MapTradierStandIn(this WebApplication app, StandInState state)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(state);
        var limiter = new StandInRateLimiter(state.Scenario, state.Clock);
        app.Use(async (context, next) =>
        {
            var form = context.Request.HasFormContentType
                ? (await context.Request.ReadFormAsync(context.RequestAborted)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)
                : [];
            await Gate(context, state, limiter, next);
            state.Record(new RecordedCall(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, form, context.Response.StatusCode));
        });

        app.MapGet("/v1/markets/quotes", (string? symbols) => Quotes(state, symbols));
        app.MapGet("/v1/markets/options/chains", (string symbol, string expiration, bool? greeks) => Chain(state, symbol, expiration, greeks ?? false));
        app.MapGet("/v1/markets/options/expirations", (string symbol) => Json(new JsonObject
        {
            ["expirations"] = StandInJson.List([.. state.Expirations(symbol).Select(d => (JsonNode)JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))], null) is { } dates
                ? new JsonObject { ["date"] = dates }
                : null,
        }));
        app.MapGet("/v1/markets/clock", () => Clock(state));

        var account = app.MapGroup("/v1/accounts/{accountId}").AddEndpointFilter(async (context, next) =>
            string.Equals(context.HttpContext.GetRouteValue("accountId") as string, state.Scenario.AccountId, StringComparison.Ordinal)
                ? await next(context)
                : Error(400, $"Invalid account: {context.HttpContext.GetRouteValue("accountId")}"));
        account.MapGet("/balances", () => Balances(state));
        account.MapGet("/positions", () => Json(new JsonObject
        {
            ["positions"] = StandInJson.List([.. state.Positions.Select(p => (JsonNode)new JsonObject
            {
                ["cost_basis"] = p.CostBasis,
                ["date_acquired"] = StandInJson.Iso(p.DateAcquired),
                ["id"] = p.Id,
                ["quantity"] = p.Quantity,
                ["symbol"] = p.Symbol,
            })], null) is { } list
                ? new JsonObject { ["position"] = list }
                : "null",
        }));
        account.MapGet("/orders", () => Json(new JsonObject
        {
            ["orders"] = StandInJson.List([.. state.Orders.Select(o => (JsonNode)StandInJson.Order(o))], null) is { } list
                ? new JsonObject { ["order"] = list }
                : "null",
        }));
        account.MapGet("/orders/{orderId:int}", (int orderId) => state.Order(orderId) is { } order
            ? Json(new JsonObject { ["order"] = StandInJson.Order(order) })
            : Error(404, $"Order {orderId} not found"));
        account.MapDelete("/orders/{orderId:int}", (int orderId) => state.Cancel(orderId) is { } error
            ? Error(error.EndsWith("not found", StringComparison.Ordinal) ? 404 : 400, error)
            : Json(new JsonObject { ["order"] = new JsonObject { ["id"] = orderId, ["status"] = "ok" } }));
        account.MapPost("/orders", (HttpRequest request) => PlaceOrder(state, request));
        account.MapGet("/gainloss", (string? start, string? end) => GainLoss(state, start, end));
    }

    private static async Task Gate(HttpContext context, StandInState state, StandInRateLimiter limiter, RequestDelegate next)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!string.Equals(authorization, $"Bearer {state.Scenario.Token}", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 401;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("Invalid Access Token", context.RequestAborted);
            return;
        }

        var allowed = limiter.TryAcquire(out var headers, out var untilReset);
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (allowed)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = 429;
        if (state.Scenario.SendRetryAfter)
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(untilReset.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(
            new JsonObject
            {
                ["fault"] = new JsonObject
                {
                    ["faultstring"] = "Rate limit quota violation. Quota limit exceeded.",
                    ["detail"] = new JsonObject { ["errorcode"] = "policies.ratelimit.QuotaViolation" },
                },
            },
            context.RequestAborted);
    }

    private static IResult Quotes(StandInState state, string? symbols)
    {
        var asked = (symbols ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (found, unmatched) = state.Quotes(asked);
        var now = state.Clock.GetUtcNow();
        var quotes = new JsonObject();
        if (StandInJson.List([.. found.Select(f => (JsonNode)(f is StandInQuote q ? StandInJson.Quote(q, now) : StandInJson.Option((StandInContract)f, now, greeks: false)))], null) is { } list)
        {
            quotes["quote"] = list;
        }

        if (StandInJson.List([.. unmatched.Select(u => (JsonNode)JsonValue.Create(u))], null) is { } missing)
        {
            quotes["unmatched_symbols"] = new JsonObject { ["symbol"] = missing };
        }

        return Json(new JsonObject { ["quotes"] = quotes.Count > 0 ? quotes : null });
    }

    private static IResult Chain(StandInState state, string symbol, string expiration, bool greeks)
    {
        if (!DateOnly.TryParseExact(expiration, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Error(400, $"Invalid expiration: {expiration}");
        }

        var now = state.Clock.GetUtcNow();
        var options = StandInJson.List([.. state.Chain(symbol, date).Select(c => (JsonNode)StandInJson.Option(c, now, greeks))], null);
        return Json(new JsonObject { ["options"] = options is null ? null : new JsonObject { ["option"] = options } });
    }

    private static IResult Clock(StandInState state)
    {
        var now = state.Clock.GetUtcNow();
        var open = state.Scenario.ClockState == "open";
        return Json(new JsonObject
        {
            ["clock"] = new JsonObject
            {
                ["date"] = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["description"] = open ? "Market is open from 09:30 to 16:00" : "Market is closed",
                ["state"] = state.Scenario.ClockState,
                ["timestamp"] = now.ToUnixTimeSeconds(),
                ["next_change"] = open ? "16:00" : "09:30",
                ["next_state"] = open ? "postmarket" : "premarket",
            },
        });
    }

    private static IResult Balances(StandInState state)
    {
        var positions = state.Positions;
        var marketValue = positions.Sum(p => p.Quantity * (state.Mid(p.Symbol) ?? 0m) * 100m);
        var costBasis = positions.Sum(p => p.CostBasis);
        var closedToday = state.ClosedPositions.Where(c => c.CloseDate.UtcDateTime.Date == state.Clock.GetUtcNow().UtcDateTime.Date).Sum(c => c.GainLoss);
        return Json(new JsonObject
        {
            ["balances"] = new JsonObject
            {
                ["option_short_value"] = positions.Where(p => p.Quantity < 0).Sum(p => p.Quantity * (state.Mid(p.Symbol) ?? 0m) * 100m),
                ["total_equity"] = state.Cash + marketValue,
                ["account_number"] = state.Scenario.AccountId,
                ["account_type"] = "margin",
                ["close_pl"] = closedToday,
                ["current_requirement"] = 0m,
                ["equity"] = 0,
                ["long_market_value"] = positions.Where(p => p.Quantity > 0).Sum(p => p.Quantity * (state.Mid(p.Symbol) ?? 0m) * 100m),
                ["market_value"] = marketValue,
                ["open_pl"] = marketValue - costBasis,
                ["option_long_value"] = positions.Where(p => p.Quantity > 0).Sum(p => p.Quantity * (state.Mid(p.Symbol) ?? 0m) * 100m),
                ["option_requirement"] = 0m,
                ["pending_orders_count"] = state.Orders.Count(o => o.Status == "open"),
                ["short_market_value"] = 0m,
                ["stock_long_value"] = 0m,
                ["total_cash"] = state.Cash,
                ["uncleared_funds"] = 0,
                ["pending_cash"] = 0m,
                ["margin"] = new JsonObject
                {
                    ["fed_call"] = 0,
                    ["maintenance_call"] = 0,
                    ["option_buying_power"] = state.Cash,
                    ["stock_buying_power"] = state.Cash * 2m,
                    ["stock_short_value"] = 0,
                    ["sweep"] = 0,
                },
            },
        });
    }

    private static async Task<IResult> PlaceOrder(StandInState state, HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return Error(400, "Orders must be sent as application/x-www-form-urlencoded");
        }

        var form = (await request.ReadFormAsync(request.HttpContext.RequestAborted)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var (draft, parseErrors) = StandInOrderParser.Parse(form);
        if (draft is null)
        {
            return Error(400, parseErrors);
        }

        var (order, errors) = state.Place(draft);
        if (errors.Count > 0)
        {
            return Error(400, errors);
        }

        if (order is null)
        {
            return Json(new JsonObject
            {
                ["order"] = new JsonObject
                {
                    ["status"] = "ok",
                    ["commission"] = 0.35m * draft.Legs.Sum(l => l.Quantity),
                    ["cost"] = state.PreviewCost(draft),
                    ["fees"] = 0.02m * draft.Legs.Sum(l => l.Quantity),
                    ["symbol"] = draft.Symbol,
                    ["quantity"] = (decimal)draft.Legs[0].Quantity,
                    ["type"] = draft.Type,
                    ["duration"] = draft.Duration,
                    ["result"] = true,
                    ["order_cost"] = state.PreviewCost(draft),
                    ["margin_change"] = 0m,
                    ["request_date"] = StandInJson.Iso(state.Clock.GetUtcNow()),
                    ["extended_hours"] = false,
                    ["class"] = draft.Class,
                    ["strategy"] = draft.Legs.Count == 4 ? "condor" : draft.Legs.Count == 1 ? "option" : "spread",
                    ["day_trades"] = 0,
                },
            });
        }

        // A slow answer: the order is accepted (listed, working) before the client hears of it, as when the connection or the client dies.
        if (state.PlaceAnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(state.PlaceAnswerDelay, state.Clock, CancellationToken.None);
        }

        return Json(new JsonObject { ["order"] = new JsonObject { ["id"] = order.Id, ["status"] = "ok", ["partner_id"] = "kapman-standin" } });
    }

    private static IResult GainLoss(StandInState state, string? start, string? end)
    {
        var from = DateOnly.TryParse(start, CultureInfo.InvariantCulture, out var s) ? s : DateOnly.MinValue;
        var to = DateOnly.TryParse(end, CultureInfo.InvariantCulture, out var e) ? e : DateOnly.MaxValue;
        var items = state.ClosedPositions
            .Where(c => DateOnly.FromDateTime(c.CloseDate.UtcDateTime) >= from && DateOnly.FromDateTime(c.CloseDate.UtcDateTime) <= to)
            .Select(c => (JsonNode)new JsonObject
            {
                ["close_date"] = StandInJson.Iso(c.CloseDate),
                ["cost"] = c.Cost,
                ["gain_loss"] = c.GainLoss,
                ["gain_loss_percent"] = c.Cost == 0 ? 0m : decimal.Round(c.GainLoss / c.Cost * 100m, 4),
                ["open_date"] = StandInJson.Iso(c.OpenDate),
                ["proceeds"] = c.Proceeds,
                ["quantity"] = c.Quantity,
                ["symbol"] = c.Symbol,
                ["term"] = (int)(c.CloseDate - c.OpenDate).TotalDays,
            })
            .ToList();
        return Json(new JsonObject { ["gainloss"] = StandInJson.List(items, null) is { } list ? new JsonObject { ["closed_position"] = list } : "null" });
    }

    private static IResult Json(JsonObject body) => Results.Content(body.ToJsonString(), "application/json");

    private static IResult Error(int status, string message) => Error(status, [message]);

    private static IResult Error(int status, IReadOnlyList<string> messages) =>
        Results.Content(StandInJson.Errors(messages).ToJsonString(), "application/json", statusCode: status);
}
