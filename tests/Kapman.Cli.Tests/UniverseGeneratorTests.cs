using Kapman.Cli.Universe;

namespace Kapman.Cli.Tests;

/// <summary>The benchmark universe generator (issue 23 item 2): symbol naming and counts, and the rewritten flat file, on hand-made inputs.</summary>
public sealed class UniverseGeneratorTests
{
    [Test]
    public void The_real_tickers_come_first_then_copies_of_each_in_ordinal_order_until_the_size()
    {
        var symbols = UniverseExpansion.Symbols(["MSFT", "AAPL", "BRK.B", "AAPL"], 8);

        Assert.Multiple(() =>
        {
            Assert.That(symbols["AAPL"], Is.EqualTo(new[] { "AAPL", "AAPL-G1", "AAPL-G2" }));
            Assert.That(symbols["BRK.B"], Is.EqualTo(new[] { "BRK.B", "BRK.B-G1", "BRK.B-G2" }));
            Assert.That(symbols["MSFT"], Is.EqualTo(new[] { "MSFT", "MSFT-G1" }), "8 = 3 real + 3 first copies + 2 second copies");
            Assert.That(symbols.Values.Sum(s => s.Count), Is.EqualTo(8));
        });
    }

    [Test]
    public void A_size_below_the_real_universe_keeps_the_first_tickers()
    {
        var symbols = UniverseExpansion.Symbols(["MSFT", "AAPL", "AMD"], 2);

        Assert.That(symbols.Keys.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "AAPL", "AMD" }));
    }

    [Test]
    public void Every_generated_symbol_passes_the_flat_file_ticker_format()
    {
        var symbols = UniverseExpansion.Symbols(["GOOGL", "BRK.B", "A"], 12_000);

        var format = new System.Text.RegularExpressions.Regex("^[A-Z][A-Za-z0-9.\\-]{0,11}$");
        Assert.That(symbols.Values.SelectMany(s => s).Where(s => !format.IsMatch(s)), Is.Empty);
        Assert.That(symbols["A"][^1], Is.EqualTo("A-G3999"), "12,000 over 3 real tickers is 3,999 copies of each");
    }

    [Test]
    public void A_session_file_is_rewritten_with_each_kept_row_under_each_of_its_symbols_and_other_fields_unchanged()
    {
        const string source = """
            ticker,volume,open,close,high,low,window_start,transactions
            AAPL,100,1.5,1.6,1.7,1.4,1786680000000000000,12
            ZZZ,5,1,1,1,1,1786680000000000000,
            ,7,1,1,1,1,1786680000000000000,
            MSFT,200,2.5,2.4,2.6,2.3,1786680000000000000,
            """;
        var symbols = UniverseExpansion.Symbols(["AAPL", "MSFT"], 3);
        using var reader = new StringReader(source.ReplaceLineEndings("\n"));
        using var writer = new StringWriter();

        var rows = SessionFileExpander.Expand(reader, writer, symbols);

        Assert.That(rows, Is.EqualTo(3));
        Assert.That(writer.ToString(), Is.EqualTo(
            "ticker,volume,open,close,high,low,window_start,transactions\n" +
            "AAPL,100,1.5,1.6,1.7,1.4,1786680000000000000,12\n" +
            "AAPL-G1,100,1.5,1.6,1.7,1.4,1786680000000000000,12\n" +
            "MSFT,200,2.5,2.4,2.6,2.3,1786680000000000000,\n"));
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        using var reader = new StringReader(string.Empty);
        using var writer = new StringWriter();

        Assert.That(() => SessionFileExpander.Expand(reader, writer, UniverseExpansion.Symbols(["A"], 1)), Throws.InstanceOf<InvalidDataException>());
    }
}
