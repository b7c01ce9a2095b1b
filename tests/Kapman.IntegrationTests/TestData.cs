using System.IO.Compression;
using System.Text;

namespace Kapman.IntegrationTests;

/// <summary>
/// The data root the suite runs on: a copy of the bundled <c>data/sample</c> plus hand-made session files for
/// sessions the sample does not have: 2025-09-02 with one bad row of each kind, 2025-09-03 truncated.
/// </summary>
internal static class TestData
{
    public static readonly DateOnly Session = new(2025, 8, 26);
    public static readonly DateOnly MalformedSession = new(2025, 9, 2);
    public static readonly DateOnly TruncatedSession = new(2025, 9, 3);

    // 2025-09-02 00:00 America/New_York (EDT) = 04:00Z = 1756785600 s.
    private const string MalformedNs = "1756785600000000000";

    // 2025-09-03 00:00 America/New_York (EDT) = 04:00Z = 1756872000 s.
    private const string TruncatedNs = "1756872000000000000";

    /// <summary>The malformed file's rows: 2 good ones and 6 bad ones (the duplicate counts twice).</summary>
    public static readonly string[] MalformedRows =
    [
        $"SPY,60000000,645.0,648.5,649.9,643.1,{MalformedNs},",
        $"QQQ,40000000,570.0,572.0,573.5,568.2,{MalformedNs},",
        $"AAPL,abc,230.0,231.0,232.0,229.0,{MalformedNs},",
        $"MSFT,1000,-505.0,506.0,507.0,504.0,{MalformedNs},",
        $"NVDA,1000,170.0,172.0,171.0,169.0,{MalformedNs},",
        $"AMD,1000,160.0,161.0,162.0,159.0,{MalformedNs},",
        $"AMD,2000,160.5,161.5,162.5,159.5,{MalformedNs},",
        "TSLA,1000,340.0,341.0,342.0,339.0,1756699200000000000,",
    ];

    public static string Create(string repoRoot)
    {
        var root = Path.Combine(Path.GetTempPath(), "kapman-it-" + Guid.NewGuid().ToString("N")[..8]);
        Copy(Path.Combine(repoRoot, "data", "sample"), root);
        WriteGzip(root, MalformedSession, Encoding.ASCII.GetBytes(string.Join('\n', ["ticker,volume,open,close,high,low,window_start,transactions", .. MalformedRows]) + "\n"));
        // A whole session's rows stamped with the truncated session's window_start, gzipped, then cut in half:
        // were truncation not detected, the rows before the cut would load.
        var rows = ReadGzipLines(Path.Combine(root, "flatfiles", Kapman.Ingestion.Core.SessionFileLayout.RelativePath(Session)))
            .Select(line => line.Replace("1756180800000000000", TruncatedNs, StringComparison.Ordinal));
        WriteGzip(root, TruncatedSession, Encoding.ASCII.GetBytes(string.Join('\n', rows) + "\n"));
        var whole = File.ReadAllBytes(PathOf(root, TruncatedSession));
        File.WriteAllBytes(PathOf(root, TruncatedSession), whole[..(whole.Length / 2)]);
        return root;
    }

    private static string PathOf(string root, DateOnly session)
    {
        var path = Path.Combine(root, "flatfiles", Kapman.Ingestion.Core.SessionFileLayout.RelativePath(session));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static void WriteGzip(string root, DateOnly session, byte[] content)
    {
        using var file = File.Create(PathOf(root, session));
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write(content);
    }

    private static string[] ReadGzipLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
