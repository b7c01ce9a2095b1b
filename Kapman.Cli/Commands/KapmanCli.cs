using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;

namespace Kapman.Cli.Commands;

/// <summary>The <c>kapman</c> command tree: up, down, status, backfill, pipeline run, demo.</summary>
internal static class KapmanCli
{
    /// <summary>Ctrl+C / SIGTERM cancel the running command; it then has this long to stop the suite before the process exits.</summary>
    public static readonly TimeSpan TerminationTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Table width when output goes to a file or pipe (Spectre would assume 80 columns).</summary>
    private const int RedirectedWidth = 160;

    public static RootCommand Create()
    {
        var root = new RootCommand("Kapman local orchestrator and operator CLI.");
        root.Subcommands.Add(UpCommand.Create());
        root.Subcommands.Add(DownCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(BackfillCommand.Create());
        root.Subcommands.Add(PipelineCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ResearchCommand.Create());
        root.Subcommands.Add(WyckoffCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(OptionsCommand.Create());
        root.Subcommands.Add(IndicatorsCommand.Create());
        root.Subcommands.Add(RecommendCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(BacktestCommand.Create());
        root.Subcommands.Add(UniverseCommand.Create());
        return root;
    }

    public static Task<int> InvokeAsync(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            AnsiConsole.Profile.Width = RedirectedWidth;
        }

        return Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TerminationTimeout });
    }

    /// <summary><c>--data-root DIR</c>: overrides <c>Kapman__Data__Root</c> and the default <c>&lt;repo&gt;/data/sample</c>.</summary>
    public static Option<string?> DataRootOption() => new("--data-root")
    {
        Description = "Data root with flatfiles/ and options/ (default: env Kapman__Data__Root, else <repo>/data/sample).",
        HelpName = "DIR",
    };

    /// <summary>A required <c>yyyy-MM-dd</c> date option.</summary>
    public static Option<DateOnly> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        Required = true,
    };

    /// <summary><c>--tickers A,B C</c>: restricts a research command to these tickers (comma or space separated).</summary>
    public static Option<string[]> TickersOption() => new("--tickers")
    {
        Description = "Only these tickers (comma or space separated); default: every ticker in the files.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The tickers given to <see cref="TickersOption"/>, upper-cased; null when none were given (meaning all).</summary>
    public static HashSet<string>? TickerSet(string[]? values) => values is { Length: > 0 }
        ? values.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => t.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal)
        : null;

    /// <summary>
    /// Rejects a command line whose <paramref name="from"/> date is after its <paramref name="to"/> date. An absent or
    /// unparsable date is left to the parser's own error (naming the option and the value): validators run before that
    /// error is attached, and reading such a value here would throw instead.
    /// </summary>
    public static void RequireOrderedRange(Command command, Option<DateOnly> from, Option<DateOnly> to) =>
        command.Validators.Add(result =>
        {
            if (ParsedDate(result, from) is { } first && ParsedDate(result, to) is { } last && first > last)
            {
                result.AddError("--from must not be after --to.");
            }
        });

    private static DateOnly? ParsedDate(CommandResult result, Option<DateOnly> option)
    {
        if (result.GetResult(option) is not { } given)
        {
            return null;
        }

        try
        {
            return given.GetValueOrDefault<DateOnly>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
