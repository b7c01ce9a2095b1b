using Kapman.Cli.Commands;

namespace Kapman.Cli.Tests;

/// <summary>
/// Review #9 through the CLI: <c>kapman options greeks --style american</c> on a chain with a contract whose IV lies just above
/// the tree's floor (S = 100, K = 103 call, 1 y, mid 0.30 → σ ≈ 0.006) used to die with ArgumentOutOfRangeException.
/// </summary>
public class OptionsGreeksCommandTests
{
    [Test]
    public void A_low_volatility_contract_is_priced_and_the_command_writes_every_row()
    {
        var directory = Directory.CreateTempSubdirectory("kapman-greeks-").FullName;
        try
        {
            var chain = Path.Combine(directory, "chain.json");
            var output = Path.Combine(directory, "out.csv");
            File.WriteAllText(chain, """
                {"underlying":{"ticker":"SPY","close":100},"results":[
                  {"details":{"contract_type":"call","expiration_date":"2026-08-26","shares_per_contract":100,"strike_price":103,"ticker":"O:SPY260826C00103000"},
                   "last_quote":{"bid":0.29,"ask":0.31}},
                  {"details":{"contract_type":"put","expiration_date":"2025-10-24","shares_per_contract":100,"strike_price":95,"ticker":"O:SPY251024P00095000"},
                   "last_quote":{"bid":1.0,"ask":1.1}}
                ]}
                """);

            var exit = KapmanCli.Create().Parse($"options greeks --chain {chain} --as-of 2025-08-26 --spot 100 --style american --out {output}").Invoke();

            var rows = File.ReadAllLines(output);
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.Zero);
                Assert.That(rows, Has.Length.EqualTo(3));
                Assert.That(rows[1], Does.StartWith("SPY260826C00103000,call,103,2026-08-26,0.3,0.00").And.EndWith(",OK"));
                Assert.That(rows[2], Does.StartWith("SPY251024P00095000,put,95,").And.EndWith(",OK"));
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
