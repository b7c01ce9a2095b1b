using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Cli.Cli;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman replay --event IndicatorsComputed --from D1 --to D2 --to-endpoint wyckoff</c>: asks the Wyckoff
/// service, through the gateway with the API key (<c>POST /api/wyckoff/replay</c>), to re-send the stored
/// events of those sessions to its own consumer. Prints how many were sent; exit code 1 on an HTTP error.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var eventName = new Option<string>("--event") { Description = "Stored event type to replay (IndicatorsComputed).", Required = true };
        var from = KapmanCli.DateOption("--from", "First session date.");
        var to = KapmanCli.DateOption("--to", "Last session date.");
        var endpoint = new Option<string>("--to-endpoint") { Description = "The one consumer to replay to (wyckoff).", Required = true };
        var command = new Command("replay", "Re-send stored events of a date range to one service's consumer.") { eventName, from, to, endpoint };
        command.Validators.Add(result =>
        {
            if (result.GetValue(from) > result.GetValue(to))
            {
                result.AddError("--from must not be after --to.");
            }

            if (result.GetValue(endpoint) != "wyckoff")
            {
                result.AddError("--to-endpoint: only 'wyckoff' supports replay.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var settings = CliSettings.FromEnvironment();
            using var http = Gateway.CreateClient(TimeSpan.FromMinutes(2));
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/wyckoff/replay", UriKind.Relative))
            {
                Content = JsonContent.Create(new
                {
                    @event = parse.GetValue(eventName),
                    from = Iso(parse.GetValue(from)),
                    to = Iso(parse.GetValue(to)),
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
                    await Console.Error.WriteLineAsync($"Replay failed: {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
                    return 1;
                }

                using var json = JsonDocument.Parse(body);
                Console.WriteLine($"Replayed {json.RootElement.GetProperty("sent").GetInt32()} {parse.GetValue(eventName)} events to {json.RootElement.GetProperty("queue").GetString()}.");
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

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
