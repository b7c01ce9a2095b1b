using System.Globalization;
using System.IO.Compression;
using System.Text;
using Kapman.Cli.Commands;

namespace Kapman.Cli.Tests;

/// <summary><c>kapman backtest</c>: its command line, and one run over a tiny data root that writes every file, each saying model-priced.</summary>
public class BacktestCommandTests
{
    [Test]
    public void The_documented_command_line_parses()
    {
        var result = KapmanCli.Create().Parse("backtest --strategy iron_condor --underlying SPY --from 2010-01-01 --to 2020-12-31 --data-root D --out O");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.GetValue<string>("--strategy"), Is.EqualTo("iron_condor"));
        Assert.That(result.GetValue<double?>("--min-ev-net"), Is.Null);
    }

    [TestCase("backtest --underlying SPY --from 2010-01-01 --to 2020-12-31 --data-root D --out O", TestName = "Strategy is required")]
    [TestCase("backtest --strategy iron_condor --underlying SPY --from 2020-01-01 --to 2010-12-31 --data-root D --out O", TestName = "From after to")]
    [TestCase("backtest --strategy iron_condor --underlying SPY --from 2010-01-01 --to 2020-12-31 --out O", TestName = "Data root is required")]
    public void Invalid_command_lines_are_errors(string commandLine) =>
        Assert.That(KapmanCli.Create().Parse(commandLine).Errors, Is.Not.Empty);

    [Test]
    public void An_unknown_strategy_or_a_missing_file_exits_1()
    {
        var root = Directory.CreateTempSubdirectory("kapman-backtest-").FullName;
        try
        {
            Assert.That(KapmanCli.Create().Parse($"backtest --strategy strangle --underlying SPY --from 2015-01-02 --to 2015-01-30 --data-root {root} --out {root}/out").Invoke(), Is.EqualTo(1));
            Assert.That(KapmanCli.Create().Parse($"backtest --strategy iron_condor --underlying SPY --from 2015-01-02 --to 2015-01-30 --data-root {root} --out {root}/out").Invoke(), Is.EqualTo(1));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [TestCase("iron_condor", "iron_condor")]
    [TestCase("iron_butterfly", "iron_fly")]
    [TestCase("butterfly", "butterfly")]
    [TestCase("cash_secured_put", "cash_secured_put")]
    [TestCase("covered_call", "covered_call")]
    [TestCase("wheel", "wheel")]
    public void A_run_writes_the_five_files_each_saying_model_priced(string strategy, string reported)
    {
        var root = Directory.CreateTempSubdirectory("kapman-backtest-").FullName;
        try
        {
            WriteDataRoot(root);
            var output = Path.Combine(root, "out");

            var code = KapmanCli.Create().Parse($"backtest --strategy {strategy} --underlying SPY --from 2015-01-02 --to 2015-01-30 --data-root {root} --out {output} --min-ev-net -1000").Invoke();

            Assert.That(code, Is.Zero);
            foreach (var name in new[] { "report.md", "equity.csv", "equity.svg", "drawdown.svg" })
            {
                Assert.That(File.ReadAllText(Path.Combine(output, name)), Does.Contain("model-priced"), name);
            }

            Assert.That(File.ReadAllLines(Path.Combine(output, "trades.csv"))[0], Does.StartWith("id,pricing,"));
            Assert.That(File.ReadAllText(Path.Combine(output, "report.md")), Does.Contain("GuardThresholds { EarningsBufferDays = 1, MinEvNetUsd = -1000"));
            Assert.That(File.ReadAllText(Path.Combine(output, "report.md")), Does.StartWith($"# Backtest: {reported} on SPY"), "every Appendix H code runs; iron_butterfly is the iron fly");
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    /// <summary>SPY bars zigzagging 300 / 300.5 from 2014-09-02 to 2015-01-30 and VIX 20, VIX3M 22 on each date.</summary>
    private static void WriteDataRoot(string root)
    {
        var history = Directory.CreateDirectory(Path.Combine(root, "history", "lean_daily_raw")).FullName;
        var volatility = Directory.CreateDirectory(Path.Combine(root, "volatility")).FullName;
        var bars = new StringBuilder("date,open,high,low,close,volume\n");
        var vix = new StringBuilder("DATE,OPEN,HIGH,LOW,CLOSE\n");
        var vix3M = new StringBuilder("DATE,OPEN,HIGH,LOW,CLOSE\n");
        var i = 0;
        for (var day = new DateOnly(2014, 9, 2); day <= new DateOnly(2015, 1, 30); day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var close = i++ % 2 == 0 ? 300d : 300.5;
            bars.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{close},{close + 0.3},{close - 0.3},{close},100000000\n");
            vix.Append(CultureInfo.InvariantCulture, $"{day:MM/dd/yyyy},20,20,20,20\n");
            vix3M.Append(CultureInfo.InvariantCulture, $"{day:MM/dd/yyyy},22,22,22,22\n");
        }

        using (var gzip = new GZipStream(File.Create(Path.Combine(history, "SPY.csv.gz")), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write(bars.ToString());
        }

        File.WriteAllText(Path.Combine(volatility, "VIX_History.csv"), vix.ToString());
        File.WriteAllText(Path.Combine(volatility, "VIX3M_History.csv"), vix3M.ToString());
    }
}
