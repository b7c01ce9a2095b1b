using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Kapman.Ingestion.Core;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>
/// Writes bars as PostgreSQL's binary COPY format (PostgreSQL 15 documentation, "COPY", section "Binary Format") straight into a raw
/// COPY stream: the 19-byte header, then per row a 16-bit field count and each field as a 32-bit length (−1 for NULL) and its
/// binary value (text as UTF-8, date as days since 2000-01-01 in a 32-bit integer, double precision as big-endian IEEE 754, bigint
/// as big-endian 64-bit), then the −1 trailer. Rows are encoded into a 64 KiB buffer that is sent when full. It does what Npgsql's
/// <see cref="NpgsqlBinaryImporter"/> does without its per-field parameter binding and state machines, which cost more CPU than
/// parsing the file (bench -- growth).
/// </summary>
internal static class BarCopyEncoder
{
    private const int BufferSize = 64 * 1024;

    // Longest row: 2 (field count) + 8 × 4 (lengths) + 6 × 8 (numbers) + 4 (date) + the ticker's UTF-8 bytes.
    private const int FixedRowBytes = 2 + (8 * 4) + (6 * 8) + 4;

    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private static readonly DateOnly PostgresEpoch = new(2000, 1, 1);

    /// <summary>
    /// Runs <paramref name="copyCommand"/> (a <c>COPY table (ticker, session_date, open, high, low, close, volume, transactions) FROM STDIN
    /// (FORMAT BINARY)</c>) with <paramref name="bars"/>; returns the rows sent. The COPY ends (and the server checks every row) when
    /// the stream is disposed.
    /// </summary>
    public static async Task<int> CopyAsync(NpgsqlConnection connection, string copyCommand, IEnumerable<DailyBar> bars, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var stream = await connection.BeginRawBinaryCopyAsync(copyCommand, ct);
            try
            {
                Header.CopyTo(buffer, 0);
                var used = Header.Length;
                var rows = 0;
                foreach (var bar in bars)
                {
                    if (used + FixedRowBytes + Encoding.UTF8.GetMaxByteCount(bar.Ticker.Length) > buffer.Length)
                    {
                        await stream.WriteAsync(buffer.AsMemory(0, used), ct);
                        used = 0;
                    }

                    used += Encode(bar, buffer.AsSpan(used));
                    rows++;
                }

                BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(used), -1);
                await stream.WriteAsync(buffer.AsMemory(0, used + 2), ct);
                return rows;
            }
            catch
            {
                // Disposing would end the COPY with the rows sent so far: cancel it instead (the transaction rolls back anyway).
                await stream.CancelAsync();
                throw;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Encodes one row into <paramref name="target"/> (which has room for it); returns its length.</summary>
    internal static int Encode(DailyBar bar, Span<byte> target)
    {
        BinaryPrimitives.WriteInt16BigEndian(target, 8);
        var at = 2;
        var tickerBytes = Encoding.UTF8.GetBytes(bar.Ticker, target[(at + 4)..]);
        BinaryPrimitives.WriteInt32BigEndian(target[at..], tickerBytes);
        at += 4 + tickerBytes;
        BinaryPrimitives.WriteInt32BigEndian(target[at..], 4);
        BinaryPrimitives.WriteInt32BigEndian(target[(at + 4)..], bar.SessionDate.DayNumber - PostgresEpoch.DayNumber);
        at += 8;
        foreach (var value in (ReadOnlySpan<double>)[bar.Open, bar.High, bar.Low, bar.Close])
        {
            BinaryPrimitives.WriteInt32BigEndian(target[at..], 8);
            BinaryPrimitives.WriteDoubleBigEndian(target[(at + 4)..], value);
            at += 12;
        }

        BinaryPrimitives.WriteInt32BigEndian(target[at..], 8);
        BinaryPrimitives.WriteInt64BigEndian(target[(at + 4)..], bar.Volume);
        at += 12;
        if (bar.Transactions is { } count)
        {
            BinaryPrimitives.WriteInt32BigEndian(target[at..], 8);
            BinaryPrimitives.WriteInt64BigEndian(target[(at + 4)..], count);
            return at + 12;
        }

        BinaryPrimitives.WriteInt32BigEndian(target[at..], -1);
        return at + 4;
    }
}
