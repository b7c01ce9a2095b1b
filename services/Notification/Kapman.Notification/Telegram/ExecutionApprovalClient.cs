using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram;

/// <summary>
/// Approves a recommendation through the gateway as the web UI does: <c>POST {GatewayUrl}/api/execution/approvals/{id}</c> with the
/// operator's <c>X-Api-Key</c> and body <c>{}</c>; 202 (or 200 for a repeat) <c>{ orderId }</c>, 404 unknown recommendation, 409 kill
/// switch not normal (services/Execution/EXECUTION-API-CONTRACT.md). The POST is not retried by the HTTP handler.
/// </summary>
public sealed class ExecutionApprovalClient(IHttpClientFactory factory, IOptions<TelegramOptions> options)
{
    /// <summary>Name of the HttpClient used for the gateway.</summary>
    public const string ClientName = "telegram-execution-approvals";

    /// <summary>Approves <paramref name="recommendationId"/>; a refusal is a result with its status and detail, a network failure throws.</summary>
    public async Task<ApprovalResult> ApproveAsync(Guid recommendationId, CancellationToken ct)
    {
        var settings = options.Value;
        var gateway = settings.GatewayUrl ?? throw new InvalidOperationException($"{TelegramOptions.Section}:GatewayUrl is not set.");
        var url = new Uri($"{gateway.AbsoluteUri.TrimEnd('/')}/api/execution/approvals/{recommendationId:D}");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-Api-Key", settings.ApiKey);
        using var response = await factory.CreateClient(ClientName).SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        var json = TryParse(body);
        if (response.IsSuccessStatusCode)
        {
            return json is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("orderId", out var id) && id.TryGetGuid(out var orderId)
                ? new ApprovalResult(orderId, null)
                : new ApprovalResult(null, $"{(int)response.StatusCode}: the answer has no orderId");
        }

        var detail = json is { ValueKind: JsonValueKind.Object } p
            ? (p.TryGetProperty("detail", out var d) ? d.ToString() : p.TryGetProperty("title", out var t) ? t.ToString() : null)
            : null;
        return new ApprovalResult(null, $"{(int)response.StatusCode} {detail ?? response.ReasonPhrase}".Trim());
    }

    private static JsonElement? TryParse(string body)
    {
        try
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }

            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
