using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Kapman.Cli.Cli;
using Kapman.Cli.Universe;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman universe --tickers N [--sessions M] [--data-root DIR] --out DIR</c> (issue 23 item 2): a benchmark data root with N tickers
/// per session, made from the real flat files of the data root (<see cref="UniverseExpansion"/>: the real tickers, then their series under
/// <c>-G{k}</c> symbols), over its last M sessions (default all). The other folders of the data root (options, volatility, history, ...)
/// are linked, not copied, so the suite runs on the generated root as on the real one. Generated on demand, never kept in the repository.
/// </summary>
internal static class UniverseCommand
{
    private const string FlatFiles = "flatfiles";

    public static Command Create()
    {
        var tickers = new Option<int>("--tickers") { Description = "Tickers per session (e.g. 3000 or 12000).", Required = true, HelpName = "N" };
        var sessions = new Option<int?>("--sessions") { Description = "Only the last M sessions of the data root (default: all).", HelpName = "M" };
        var output = new Option<string>("--out") { Description = "The generated data root (created; must not be the source).", Required = true, HelpName = "DIR" };
        var dataRoot = KapmanCli.DataRootOption();
        var command = new Command("universe", "Generate a benchmark universe of N tickers from the real flat files.") { tickers, sessions, output, dataRoot };
        command.Validators.Add(result =>
        {
            if (result.GetValue(tickers) <= 0 || result.GetValue(sessions) is <= 0)
            {
                result.AddError("--tickers and --sessions must be positive.");
            }
        });
        command.SetAction(parse => Run(
            CliSettings.FromEnvironment().DataRoot(parse.GetValue(dataRoot)), parse.GetValue(tickers), parse.GetValue(sessions), Path.GetFullPath(parse.GetValue(output)!)));
        return command;
    }

    private static int Run(string root, int size, int? lastSessions, string output)
    {
        if (string.Equals(Path.TrimEndingDirectorySeparator(root), Path.TrimEndingDirectorySeparator(output), StringComparison.Ordinal))
        {
            Console.Error.WriteLine("universe: --out must not be the data root it reads.");
            return 2;
        }

        var all = SessionFiles.List(root);
        var sessions = lastSessions is { } m ? all.Skip(Math.Max(0, all.Count - m)).ToList() : [.. all];
        if (sessions.Count == 0)
        {
            Console.Error.WriteLine($"universe: no flat files under {root}.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var real = new HashSet<string>(StringComparer.Ordinal);
        foreach (var session in sessions)
        {
            using var reader = Open(PathOf(root, session));
            real.UnionWith(SessionFileExpander.Tickers(reader));
        }

        var symbols = UniverseExpansion.Symbols(real, size);
        var rows = 0L;
        foreach (var session in sessions)
        {
            var target = PathOf(output, session);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var reader = Open(PathOf(root, session));
            using var file = File.Create(target);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            using var writer = new StreamWriter(gzip);
            rows += SessionFileExpander.Expand(reader, writer, symbols);
        }

        LinkOtherFolders(root, output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{output}: {sessions.Count} sessions {sessions[0]:yyyy-MM-dd}..{sessions[^1]:yyyy-MM-dd}, {symbols.Values.Sum(s => s.Count):N0} tickers " +
            $"({real.Count:N0} real), {rows:N0} rows in {clock.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }

    /// <summary>Links every top-level entry of the data root but the flat files, so chains, volatility and history are the real ones.</summary>
    private static void LinkOtherFolders(string root, string output)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(root).Where(e => Path.GetFileName(e) != FlatFiles))
        {
            var link = Path.Combine(output, Path.GetFileName(entry));
            if (!Path.Exists(link))
            {
                if (Directory.Exists(entry))
                {
                    Directory.CreateSymbolicLink(link, entry);
                }
                else
                {
                    File.CreateSymbolicLink(link, entry);
                }
            }
        }
    }

    private static StreamReader Open(string path) => new(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));

    private static string PathOf(string root, DateOnly session) => Path.Combine(root, FlatFiles, "us_stocks_sip", "day_aggs_v1",
        session.ToString("yyyy", CultureInfo.InvariantCulture), session.ToString("MM", CultureInfo.InvariantCulture),
        session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".csv.gz");
}
