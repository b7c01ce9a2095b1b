using System.Text.Json.Nodes;

namespace Kapman.TelegramStandIn;

/// <summary>One request the stand-in received with a valid token.</summary>
/// <param name="Method">The Bot API method, e.g. <c>sendMessage</c>.</param>
/// <param name="Parameters">Its parameters as received (a JSON body, or query and form fields as strings).</param>
/// <param name="Status">The HTTP status answered (200, 400, 429).</param>
/// <param name="At">When it arrived.</param>
public sealed record RecordedCall(string Method, JsonObject Parameters, int Status, DateTimeOffset At);
