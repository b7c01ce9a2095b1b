using System.IO.Compression;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Loading;

/// <summary>Reads gzip session files from the local flat-file tree. A file that cannot be decompressed or has a bad header is rejected whole.</summary>
public sealed class LocalSessionFileReader(IngestionOptions options)
{
    /// <summary>Reads and parses the session's file, if there is one.</summary>
    public async Task<SessionFileReadResult> ReadAsync(DateOnly session, CancellationToken ct)
    {
        var path = options.SessionFilePath(session);
        var source = "local:" + path;
        if (!File.Exists(path))
        {
            return new SessionFileReadResult(session, source, null, true, "no session file at " + path);
        }

        try
        {
            await using var file = File.OpenRead(path);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            // Decompress fully first, so a truncated stream rejects the file before any row is used.
            var text = await reader.ReadToEndAsync(ct);
            return new SessionFileReadResult(session, source, SessionFileParser.Parse(new StringReader(text), session), false, null);
        }
        catch (InvalidDataException ex)
        {
            return new SessionFileReadResult(session, source, null, false, "unreadable gzip: " + ex.Message);
        }
        catch (EndOfStreamException ex)
        {
            return new SessionFileReadResult(session, source, null, false, "truncated gzip: " + ex.Message);
        }
        catch (InvalidSessionFileException ex)
        {
            return new SessionFileReadResult(session, source, null, false, ex.Message);
        }
    }
}
