using System.Net.Http.Headers;
using System.Text;

namespace Kapman.TelegramStandIn;

/// <summary>
/// Delivers pending updates to the webhook set with <c>setWebhook</c>, as Telegram does (https://core.telegram.org/bots/api#setwebhook): an
/// HTTP POST of the JSON-serialized <c>Update</c> with <c>X-Telegram-Bot-Api-Secret-Token</c> set to the <c>secret_token</c> (when one was
/// given). A 2xx answer confirms the update; anything else (or no answer) is retried after <see cref="RetryDelay"/>, up to
/// <see cref="MaxAttempts"/> POSTs, then the update is given up. One update at a time, oldest first.
/// </summary>
public sealed class WebhookPusher(BotState state) : BackgroundService
{
    /// <summary>POSTs of one update before it is given up.</summary>
    public const int MaxAttempts = 10;

    /// <summary>Wait between two POSTs of one update.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>The header that carries the secret token.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        long? lastId = null;
        var attempts = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = state.Changed();
            if (state.NextPush() is not { } push)
            {
                await WaitAsync(changed, TimeSpan.FromMilliseconds(500), stoppingToken);
                continue;
            }

            var updateId = (long)push.Update["update_id"]!;
            attempts = updateId == lastId ? attempts + 1 : 1;
            lastId = updateId;
            var (status, error) = await PostAsync(http, push.Url, push.Secret, push.Update.ToJsonString(), stoppingToken);
            state.RecordPush(updateId, status, error);
            if (status is >= 200 and < 300)
            {
                lastId = null;
                continue;
            }

            if (attempts >= MaxAttempts)
            {
                state.DropPending(updateId);
                lastId = null;
                continue;
            }

            try
            {
                await Task.Delay(RetryDelay, state.Clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<(int Status, string? Error)> PostAsync(HttpClient http, string url, string? secret, string json, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (secret is not null)
            {
                request.Headers.Add(SecretHeader, secret);
            }

            using var response = await http.SendAsync(request, ct);
            return ((int)response.StatusCode, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (0, "Connection failed: " + ex.GetType().Name);
        }
    }

    private async Task WaitAsync(Task signal, TimeSpan limit, CancellationToken ct)
    {
        try
        {
            await signal.WaitAsync(limit, state.Clock, ct);
        }
        catch (TimeoutException)
        {
            // Look again.
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
