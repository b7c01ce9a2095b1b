using Kapman.Ingestion.Loading;

namespace Kapman.Ingestion.Sources;

/// <summary>Reads gzip session files from the local flat-file tree under <see cref="IngestionOptions.DataRoot"/>.</summary>
public sealed class LocalSessionFileSource(IngestionOptions options) : ISessionFileSource
{
    /// <inheritdoc />
    public string Describe(DateOnly session) => "local:" + options.SessionFilePath(session);

    /// <inheritdoc />
    public Task<bool> ExistsAsync(DateOnly session, CancellationToken ct) => Task.FromResult(File.Exists(options.SessionFilePath(session)));

    /// <inheritdoc />
    public async Task<SessionFileReadResult> ReadAsync(DateOnly session, CancellationToken ct)
    {
        var path = options.SessionFilePath(session);
        var source = Describe(session);
        if (!File.Exists(path))
        {
            return new SessionFileReadResult(session, source, null, true, "no session file at " + path);
        }

        return GzipSessionDecoder.Decode(await File.ReadAllBytesAsync(path, ct), session, source);
    }
}
