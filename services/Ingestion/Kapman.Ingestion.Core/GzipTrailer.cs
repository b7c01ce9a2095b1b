using System.Buffers.Binary;

namespace Kapman.Ingestion.Core;

/// <summary>
/// Detects truncated gzip files. .NET's GZipStream returns the data before a cut without an error, so a
/// half-uploaded session file would load half a session. The gzip trailer (RFC 1952 §2.3.1) ends with ISIZE,
/// the uncompressed length modulo 2^32: a complete single-member file's last four bytes equal the length
/// decompressed. Polygon flat files are single-member gzip.
/// </summary>
public static class GzipTrailer
{
    /// <summary>Null when the trailer matches, else the reason the file is truncated or corrupt.</summary>
    public static string? Check(ReadOnlySpan<byte> gzipFile, long decompressedLength)
    {
        // 10-byte header + at least 2 bytes of deflate data + 8-byte trailer.
        if (gzipFile.Length < 20)
        {
            return $"gzip file of {gzipFile.Length} bytes is too short to be complete";
        }

        var isize = BinaryPrimitives.ReadUInt32LittleEndian(gzipFile[^4..]);
        var expected = (uint)(decompressedLength & 0xFFFFFFFF);
        return isize == expected
            ? null
            : $"truncated or corrupt gzip: the trailer says {isize} bytes uncompressed, {decompressedLength} were read";
    }
}
