using System.Net.Http.Headers;
using System.Text.Json;

namespace Kapman.Gateway.Tests;

/// <summary>HTTP helpers for talking to the gateway directly (no proxy from the environment, no redirects).</summary>
public static class TestHttp
{
    /// <summary>A client for the given base address.</summary>
    public static HttpClient Client(Uri baseAddress) =>
        new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    /// <summary>Reads a stub backend's echo of the request it received.</summary>
    public static async Task<RecordedRequest> EchoAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), "not a stub backend echo");
        var echo = JsonSerializer.Deserialize<RecordedRequest>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web);
        return echo ?? throw new InvalidOperationException("empty echo");
    }

    /// <summary>Asserts a problem+json response with the given status and title.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, int status, string title)
    {
        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType, Is.EqualTo(new MediaTypeHeaderValue("application/problem+json")));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(status));
            Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo(title));
        });
    }
}
