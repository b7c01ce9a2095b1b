using System.IO.Compression;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Loading;

namespace Kapman.Ingestion.Sources;

/// <summary>Turns the bytes of a gzip session file into a validated batch, or a whole-file rejection (truncated gzip, bad header, empty).</summary>
public static class GzipSessionDecoder
{
    /// <summary>Decompresses fully and checks the gzip trailer before any row is used, so a truncated file loads nothing.</summary>
    public static async Task<SessionFileReadResult> DecodeAsync(byte[] compressed, DateOnly session, string source, CancellationToken ct)
    {
        try
        {
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
