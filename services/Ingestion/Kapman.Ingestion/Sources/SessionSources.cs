using System.Collections.Concurrent;
using Kapman.Ingestion.Loading;
using Microsoft.Extensions.Options;

namespace Kapman.Ingestion.Sources;

/// <summary>
/// The session sources by name, each created once on first use from its settings (see <see cref="SessionSourceFactory"/>):
/// the configured one serves the daily pipeline, and a backfill may pick another (<c>--source local|s3|polygon</c>).
/// </summary>
public sealed class SessionSources(IServiceProvider services, IOptions<IngestionOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ISessionFileSource>> created = new(StringComparer.Ordinal);

    /// <summary>The configured source's name (<c>Kapman:Ingestion:Source</c>, default <c>local</c>).</summary>
    public string DefaultName => options.Value.Source;

    /// <summary>The source called <paramref name="name"/>, or the configured one when it is null or blank.</summary>
    /// <exception cref="InvalidOperationException">An unknown name, or the source's settings or secret are missing.</exception>
    public ISessionFileSource Get(string? name)
    {
        var key = string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim().ToLowerInvariant();
        var lazy = created.GetOrAdd(key, k => new Lazy<ISessionFileSource>(() => SessionSourceFactory.Create(services, k)));
        try
        {
            return lazy.Value;
        }
        catch (InvalidOperationException)
        {
            created.TryRemove(key, out _);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var lazy in created.Values.Where(l => l.IsValueCreated))
        {
            (lazy.Value as IDisposable)?.Dispose();
        }
    }
}
