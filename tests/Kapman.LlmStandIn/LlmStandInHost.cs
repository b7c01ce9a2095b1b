namespace Kapman.LlmStandIn;

/// <summary>The OpenAI / Anthropic stand-in on Kestrel at <c>http://127.0.0.1:{port}</c>, in the caller's process (tests) or as the program.</summary>
public sealed class LlmStandInHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LlmStandInHost(WebApplication app, LlmState state, Uri baseUrl)
    {
        this.app = app;
        State = state;
        BaseUrl = baseUrl;
    }

    /// <summary>The stand-in's memory: script answers, read requests.</summary>
    public LlmState State { get; }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:5123/</c> (the Anthropic endpoint; OpenAI's is <see cref="OpenAiEndpoint"/>).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The OpenAI endpoint, <c>{BaseUrl}v1</c>.</summary>
    public Uri OpenAiEndpoint => new(BaseUrl, "v1");

    /// <summary>Builds the stand-in listening on <paramref name="port"/> of 127.0.0.1 (0: any free port).</summary>
    public static WebApplication Build(WebApplicationBuilder builder, LlmState state, int port)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapLlmStandIn(state);
        return app;
    }

    /// <summary>Starts a stand-in in this process on a free port.</summary>
    public static async Task<LlmStandInHost> StartAsync(TimeProvider? clock = null)
    {
        var state = new LlmState(clock ?? TimeProvider.System);
        var app = Build(WebApplication.CreateSlimBuilder(), state, 0);
        await app.StartAsync();
        var address = app.Urls.First();
        return new LlmStandInHost(app, state, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
