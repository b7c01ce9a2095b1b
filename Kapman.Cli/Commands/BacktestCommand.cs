extern alias backtest;

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kapman.Cli.Api;
using Kapman.Cli.Backtest;
using Kapman.Cli.Cli;
using backtest::Kapman.Recommendation.Backtest.Engine;
using backtest::Kapman.Recommendation.Backtest.History;
using backtest::Kapman.Recommendation.Decision.Structures;
using Spectre.Console;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman backtest --strategy iron_condor --underlying SPY --from D --to D --data-root DIR --out DIR</c> (issue 19 item 6): runs
/// the backtester (docs/domain/decision-engine.md#backtesting) over the stored daily bars and VIX closes with model-priced chains,
/// with a progress bar, and writes trades.csv, equity.csv, report.md, equity.svg and drawdown.svg. Exit code 1 with a message on
/// stderr when the input is invalid or a file is missing. <c>--min-ev-net USD</c> overrides stage G's EV_net minimum (the only
/// threshold the command exposes; the live default is 0). <c>--publish</c> also starts the same run in the recommendation service
/// through the gateway (<c>POST /api/recommendation/backtests</c>, the API key from <c>KAPMAN_API_KEY</c> or <c>.kapman/api-key</c>), where
/// the web's <c>/backtests/{id}</c> shows it; the service reads its own data root (<c>Kapman__Recommendation__Backtest__DataRoot</c>).
/// </summary>
internal static class BacktestCommand
{
    public static Command Create()
    {
        var strategy = new Option<string>("--strategy")
        {
            Description = "Structure (seed 003 Appendix H): iron_condor, credit_put_spread, credit_call_spread, iron_fly (alias iron_butterfly), butterfly, cash_secured_put, covered_call or wheel.",
            Required = true,
            HelpName = "TYPE",
        };
        var underlying = new Option<string>("--underlying") { Description = "Ticker with LEAN raw bars under the data root, e.g. SPY.", Required = true, HelpName = "TICKER" };
        var from = KapmanCli.DateOption("--from", "First session decided.");
        var to = KapmanCli.DateOption("--to", "Last session; positions still open then close at its mark.");
        var dataRoot = new Option<string>("--data-root")
        {
            Description = "Directory with history/lean_daily_raw/<TICKER>.csv.gz and volatility/VIX_History.csv, VIX3M_History.csv.",
            Required = true,
            HelpName = "DIR",
        };
        var output = new Option<string>("--out") { Description = "Output directory (created).", Required = true, HelpName = "DIR" };
        var minEvNet = new Option<double?>("--min-ev-net")
        {
            Description = "Override stage G's EV_net minimum, $ per structure (live default 0: EV_net > 0). The report states the value used.",
            HelpName = "USD",
        };
        var publish = new Option<bool>("--publish")
        {
            Description = "Also start the same run in the recommendation service (through the gateway, with the API key) for the web's /backtests.",
        };
        var command = new Command("backtest", "Backtest a strategy through the decision pipeline on model-priced chains.") { strategy, underlying, from, to, dataRoot, output, minEvNet, publish };
        KapmanCli.RequireOrderedRange(command, from, to);
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var structure = ParseStrategy(parse.GetValue(strategy)!);
                var ticker = parse.GetValue(underlying)!.ToUpperInvariant();
                var (sessions, skipped) = BacktestDataRoot.Load(parse.GetValue(dataRoot)!, ticker);
                var settings = BacktestSettings.Default(ticker, structure, parse.GetValue(from), parse.GetValue(to));
                if (parse.GetValue(minEvNet) is { } evMinimum)
                {
                    settings = settings with { Thresholds = settings.Thresholds with { Guard = settings.Thresholds.Guard with { MinEvNetUsd = evMinimum } } };
                }

                var wall = Stopwatch.StartNew();
                BacktestResult? result = null;
                AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask("backtest (model-priced)", maxValue: 1);
                        result = BacktestRunner.Run(sessions, settings, (done, total) =>
                        {
                            task.MaxValue = Math.Max(1, total);
                            task.Value = done;
                        });
                        task.Value = task.MaxValue;
                    });
                var report = BacktestOutput.Write(result!, parse.GetValue(output)!);
                var o = report.Overall;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result!.Equity.Count} sessions in {wall.Elapsed.TotalSeconds:0.0} s (model-priced chains; {skipped} bar rows skipped): {o.Stats.Trades} trades, win rate {o.Stats.WinRate:P1}, Sharpe {o.Sharpe:0.00}, max drawdown {o.MaxDrawdown:P2}, P&L {o.Stats.TotalPnlUsd:N2}."));
                Console.WriteLine($"Rejections by stage: {string.Join(", ", result.RejectionsByStage.Select(r => $"{r.Key} {r.Value}"))}.");
                Console.WriteLine($"Wrote {string.Join(", ", BacktestOutput.Files)} to {parse.GetValue(output)}.");
                if (parse.GetValue(publish))
                {
                    using var http = Gateway.CreateClient(TimeSpan.FromSeconds(30));
                    var id = await Gateway.Api(http, CliSettings.FromEnvironment())
                        .StartBacktestAsync(structure.Code(), ticker, settings.From, settings.To, parse.GetValue(minEvNet), ct);
                    Console.WriteLine($"Published: the recommendation service runs it as {id:D} ({new Uri(http.BaseAddress!, $"backtests/{id:D}")}).");
                }

                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                Console.Error.WriteLine("backtest failed: " + ex.Message);
                return 1;
            }
            catch (Exception ex) when (ex is KapmanApiException or HttpRequestException or TaskCanceledException)
            {
                Console.Error.WriteLine("backtest written, publish failed: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>The structure of a seed enum value (Appendix H), e.g. iron_condor; <c>iron_butterfly</c> is an alias of <c>iron_fly</c>.</summary>
    /// <exception cref="ArgumentException">Not a built structure.</exception>
    public static StructureType ParseStrategy(string code) =>
        StructureTypes.TryParse(code, out var type)
            ? type
            : throw new ArgumentException($"unknown strategy '{code}': use {string.Join(", ", StructureTypes.Codes)}.");
}
