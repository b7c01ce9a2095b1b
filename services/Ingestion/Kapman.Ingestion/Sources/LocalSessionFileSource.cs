using Kapman.Ingestion.Loading;

namespace Kapman.Ingestion.Sources;

/// <summary>Reads gzip session files from the local flat-file tree under <see cref="DataFiles.Root"/>.</summary>
public sealed class LocalSessionFileSource(DataFiles files) : ISessionFileSource
{
    /// <inheritdoc />
    public string Describe(DateOnly session) => "local:" + files.SessionFilePath(session);

    /// <inheritdoc />
    public Task<bool> ExistsAsync(DateOnly session, CancellationToken ct) => Task.FromResult(File.Exists(files.SessionFilePath(session)));

    /// <inheritdoc />
    public async Task<SessionFileReadResult> ReadAsync(DateOnly session, CancellationToken ct)
    {
        var path = files.SessionFilePath(session);
        var source = Describe(session);
        if (!File.Exists(path))
        {
            return new SessionFileReadResult(session, source, null, true, "no session file at " + path);
        }

        return GzipSessionDecoder.Decode(await File.ReadAllBytesAsync(path, ct), session, source);
    }
}
