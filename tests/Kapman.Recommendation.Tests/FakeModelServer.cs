using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// A local HTTP server on 127.0.0.1 (free port) speaking the OpenAI chat-completions (POST /v1/chat/completions)
/// and Anthropic messages (POST /v1/messages) wire formats: it answers with the recorded body set by the test and
/// keeps every request (path, auth header, body) for assertions.
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeModelServer(WebApplication app) => this.app = app;

    /// <summary>Requests received: path, the x-api-key header, else the Authorization header, body.</summary>
    public ConcurrentQueue<(string Path, string? Key, string Body)> Requests { get; } = new();

    /// <summary>The body returned next (JSON), its status code, and a delay before answering.</summary>
    public (string Body, int Status, TimeSpan Delay) Reply { get; set; } = ("{}", 200, TimeSpan.Zero);

    /// <summary>Runs on every request before the answer, e.g. to look at the database while the model is being asked.</summary>
    public Func<Task>? OnRequest { get; set; }

    /// <summary>http://127.0.0.1:port</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<FakeModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeModelServer(app);
        app.MapPost("/v1/chat/completions", server.Answer);
        app.MapPost("/v1/messages", server.Answer);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Reads a recorded answer from the test's Recorded folder.</summary>
    public static string Recorded(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recorded", name + ".json"));

    private async Task Answer(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var key = context.Request.Headers["x-api-key"].FirstOrDefault() ?? context.Request.Headers.Authorization.FirstOrDefault();
        Requests.Enqueue((context.Request.Path, key, body));
        if (OnRequest is { } hook)
        {
            await hook();
        }

        var (reply, status, delay) = Reply;
        await Task.Delay(delay, context.RequestAborted);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
