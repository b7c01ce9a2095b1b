namespace Kapman.TelegramStandIn;

/// <summary>The Bot API stand-in on Kestrel at <c>http://127.0.0.1:{port}</c>, in the caller's process (tests) or as the program.</summary>
public sealed class TelegramStandInHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private TelegramStandInHost(WebApplication app, BotState state, Uri baseUrl)
    {
        this.app = app;
        State = state;
        BaseUrl = baseUrl;
    }

    /// <summary>The stand-in's memory, for a test to drive and inspect.</summary>
    public BotState State { get; }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:5123/</c>; methods are at <c>{BaseUrl}bot{token}/{method}</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Builds the stand-in's web application listening on <paramref name="port"/> of 127.0.0.1.</summary>
    public static WebApplication Build(WebApplicationBuilder builder, BotState state, int port)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHostedService(_ => new WebhookPusher(state));
        var app = builder.Build();
        app.MapTelegramStandIn(state);
        return app;
    }

    /// <summary>Starts a stand-in in this process on <paramref name="port"/> that accepts <paramref name="token"/>.</summary>
    public static async Task<TelegramStandInHost> StartAsync(string token, int port, TimeProvider? clock = null)
    {
        var state = new BotState(token, clock ?? TimeProvider.System);
        var app = Build(WebApplication.CreateSlimBuilder(), state, port);
        await app.StartAsync();
        return new TelegramStandInHost(app, state, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
