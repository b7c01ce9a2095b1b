namespace Kapman.DiscordStandIn;

/// <summary>The stand-in on Kestrel at <c>http://127.0.0.1:{port}</c>, in the caller's process (tests) or as the program.</summary>
public sealed class StandInHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private StandInHost(WebApplication app, StandInState state, Uri baseUrl)
    {
        this.app = app;
        State = state;
        BaseUrl = baseUrl;
    }

    /// <summary>The stand-in's memory, for a test to register webhooks, script answers and read what arrived.</summary>
    public StandInState State { get; }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Builds the stand-in's web application listening on <paramref name="port"/> of 127.0.0.1 (0: any free port).</summary>
    public static WebApplication Build(WebApplicationBuilder builder, StandInState state, int port)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapDiscordStandIn(state);
        return app;
    }

    /// <summary>Starts a stand-in in this process on a free port, reading arrival times from <paramref name="clock"/>.</summary>
    public static async Task<StandInHost> StartAsync(TimeProvider? clock = null)
    {
        var state = new StandInState(clock ?? TimeProvider.System);
        var app = Build(WebApplication.CreateSlimBuilder(), state, 0);
        await app.StartAsync();
        var address = app.Urls.First();
        return new StandInHost(app, state, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
