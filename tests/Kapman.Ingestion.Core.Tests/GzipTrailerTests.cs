using System.IO.Compression;
using System.Text;

namespace Kapman.Ingestion.Core.Tests;

public class GzipTrailerTests
{
    private static readonly byte[] Plain = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"T{i},100,1,1,1,1,0,\n")));

    private static byte[] Gzip(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        return output.ToArray();
    }

    private static long DecompressedLength(byte[] gz)
    {
        using var input = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
        using var sink = new MemoryStream();
        input.CopyTo(sink);
        return sink.Length;
    }

    [Test]
    public void Complete_file_passes() =>
        Assert.That(GzipTrailer.Check(Gzip(Plain), Plain.Length), Is.Null);

    [Test]
    public void Truncated_file_is_caught_even_though_gzipstream_reads_it_without_error()
    {
        var gz = Gzip(Plain);
        var cut = gz[..(gz.Length / 2)];

        var read = DecompressedLength(cut);

        Assert.That(read, Is.LessThan(Plain.Length), "the premise: GZipStream silently returns a prefix");
        Assert.That(GzipTrailer.Check(cut, read), Does.StartWith("truncated or corrupt gzip"));
    }

    [Test]
    public void Tiny_file_is_rejected() =>
        Assert.That(GzipTrailer.Check(new byte[10], 0), Does.Contain("too short"));
}
