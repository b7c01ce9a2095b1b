using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Cli.Cli;
using Kapman.Contracts.Replay;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman replay --event E --from D1 --to D2 --to-endpoint X</c>: asks the service that published <c>E</c> (its producer in
/// <see cref="ReplayCatalogue"/>), through the gateway with the API key (<c>POST /api/&lt;producer&gt;/replay</c>), to re-send
/// its stored events of those sessions to the one consumer queue <c>X</c> (a queue such as
/// <c>wyckoff-market-session-ingested</c>, or a service such as <c>wyckoff</c> when it has one queue for the event). An
/// event/endpoint pair the catalogue does not hold is refused before any call, with the valid ones. Prints how many were
/// sent; exit code 1 on an HTTP error or a refusal by the service (its problem detail is printed).
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var eventName = new Option<string>("--event")
        {
            Description = $"Stored event type to replay: {string.Join(", ", ReplayCatalogue.Events)}.",
            Required = true,
        };
        var from = KapmanCli.DateOption("--from", "First session date.");
        var to = KapmanCli.DateOption("--to", "Last session date.");
        var endpoint = new Option<string>("--to-endpoint")
        {
            Description = "The one consumer to replay to: its queue (e.g. wyckoff-market-session-ingested) or its service (wyckoff).",
            Required = true,
        };
        var command = new Command("replay", "Re-send stored events of a date range to one consumer endpoint.") { eventName, from, to, endpoint };
        command.Validators.Add(result =>
        {
            if (result.GetValue(from) > result.GetValue(to))
            {
                result.AddError("--from must not be after --to.");
            }

            if (result.GetValue(eventName) is { } name && result.GetValue(endpoint) is { } target && ReplayCatalogue.Resolve(name, target).Problem is { } problem)
            {
                result.AddError(problem);
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var route = ReplayCatalogue.Resolve(parse.GetValue(eventName), parse.GetValue(endpoint)).Route!;
            var settings = CliSettings.FromEnvironment();
            using var http = Gateway.CreateClient(TimeSpan.FromMinutes(2));
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/{route.Producer}/replay", UriKind.Relative))
            {
                Content = JsonContent.Create(new
                {
                    @event = route.Event,
                    from = Iso(parse.GetValue(from)),
                    to = Iso(parse.GetValue(to)),
                    endpoint = route.Endpoint,
                }),
            };
            if (settings.ReadApiKey() is { Length: > 0 } key)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            try
            {
                using var response = await http.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                if (!response.IsSuccessStatusCode)
                {
                    await Console.Error.WriteLineAsync($"Replay failed: {(int)response.StatusCode} {response.ReasonPhrase}: {Detail(body)}");
                    return 1;
                }

                using var json = JsonDocument.Parse(body);
                Console.WriteLine($"Replayed {json.RootElement.GetProperty("sent").GetInt32()} {route.Event} events from {route.Producer} to {json.RootElement.GetProperty("queue").GetString()}.");
                return 0;
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or TaskCanceledException)
            {
                await Console.Error.WriteLineAsync("Replay failed: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>The problem detail of an error body, or the body itself when it is not a problem.</summary>
    internal static string Detail(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { } text
                ? text
                : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
