using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Loading;

namespace Kapman.Ingestion.Sources;

/// <summary>Turns the bytes of a gzip session file into a validated batch, or a whole-file rejection (truncated gzip, bad header, empty).</summary>
public static class GzipSessionDecoder
{
    private const int MaxPresizedBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Decompresses fully (into a pooled buffer, returned once parsed) and checks the gzip trailer before any row is used,
    /// so a truncated file loads nothing.
    /// </summary>
    public static SessionFileReadResult Decode(byte[] compressed, DateOnly session, string source)
    {
        var plain = ArrayPool<byte>.Shared.Rent(Math.Max(ExpectedLength(compressed), 1024));
        try
        {
            var length = Decompress(compressed, ref plain);
            if (GzipTrailer.Check(compressed, length) is { } corrupt)
            {
                return new SessionFileReadResult(session, source, null, false, corrupt);
            }

            return new SessionFileReadResult(session, source, SessionFileParser.Parse(plain.AsSpan(0, length), session), false, null);
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
        finally
        {
            ArrayPool<byte>.Shared.Return(plain);
        }
    }

    /// <summary>Decompresses into <paramref name="buffer"/>, swapping it for a larger pooled one when it fills; returns the length.</summary>
    private static int Decompress(byte[] compressed, ref byte[] buffer)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = gzip.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return length;
            }

            length += read;
        }
    }

    // The trailer's ISIZE sizes the buffer once; a corrupt trailer only costs a regrowth (capped).
    private static int ExpectedLength(byte[] compressed) =>
        compressed.Length >= 4 ? (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(^4)), (uint)MaxPresizedBytes) : 0;
}
