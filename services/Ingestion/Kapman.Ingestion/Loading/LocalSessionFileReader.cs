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
            // Decompress fully and check the trailer before any row is used: a truncated file loads nothing.
            var compressed = await File.ReadAllBytesAsync(path, ct);
            using var plain = new MemoryStream();
            await using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
            {
                await gzip.CopyToAsync(plain, ct);
            }

            if (GzipTrailer.Check(compressed, plain.Length) is { } corrupt)
            {
                return new SessionFileReadResult(session, source, null, false, corrupt);
            }

            plain.Position = 0;
            using var reader = new StreamReader(plain);
            return new SessionFileReadResult(session, source, SessionFileParser.Parse(reader, session), false, null);
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
