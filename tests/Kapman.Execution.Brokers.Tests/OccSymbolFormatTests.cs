using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>OCC symbol text per broker (docs/domain/execution.md#occ-symbols, seed 003 §8 task 9.3, Appendix A): Tradier's unpadded form round-trips, the 21-character form pads the root.</summary>
public class OccSymbolFormatTests
{
    // docs/domain/execution.md#occ-symbols (Seed 003 Appendix A) examples, plus a 6-character root and a weekly root.
    [TestCase("SPY260115C00580000")]
    [TestCase("TSLA260220P00200000")]
    [TestCase("QQQ260320C00500500")]
    [TestCase("SPY250919C00600000")]
    [TestCase("SPXW250919P05000000")]
    [TestCase("GOOGL1250919C00150000")]
    public void Tradier_symbols_round_trip_unchanged(string occ)
    {
        var tradier = OccSymbolFormat.Tradier.ToBroker(occ);
        Assert.Multiple(() =>
        {
            Assert.That(tradier, Is.EqualTo(occ), "Tradier writes OCC without padding, like Kapman");
            Assert.That(OccSymbolFormat.Tradier.FromBroker(tradier), Is.EqualTo(occ));
        });
    }

    [TestCase("SPY250919C00600000", "SPY   250919C00600000")]
    [TestCase("TSLA260220P00200000", "TSLA  260220P00200000")]
    [TestCase("GOOGL1250919C00150000", "GOOGL1250919C00150000")]
    public void The_padded_form_pads_the_root_to_six_characters_and_reads_back(string occ, string padded)
    {
        Assert.Multiple(() =>
        {
            Assert.That(OccSymbolFormat.Padded.ToBroker(occ), Is.EqualTo(padded));
            Assert.That(padded, Has.Length.EqualTo(21));
            Assert.That(OccSymbolFormat.Padded.FromBroker(padded), Is.EqualTo(occ));
            Assert.That(OccSymbolFormat.Tradier.FromBroker(padded), Is.EqualTo(occ), "a padded symbol is normalised to Tradier's form");
        });
    }

    [TestCase("SPXW250919P05000000", "SPXW250919P05000000")]
    [TestCase("SPY   250919C00600000", "SPY250919C00600000")]
    [TestCase("O:SPY250919C00600000", "SPY250919C00600000")]
    public void Any_form_of_an_OCC_symbol_normalises_to_Kapmans(string text, string kapman)
    {
        // Kapman's form is the shared OccSymbol's text: the root unpadded, no Polygon "O:" prefix (docs/domain/execution.md#occ-symbols).
        Assert.Multiple(() =>
        {
            Assert.That(OccSymbolFormat.IsOccSymbol(text), Is.True);
            Assert.That(OccSymbolFormat.Normalize(text), Is.EqualTo(kapman));
        });
    }

    [TestCase("SPY250931C00600000", TestName = "September 31 is not a date")]
    [TestCase("SPY250919X00600000", TestName = "X is not C or P")]
    [TestCase("spy250919C00600000", TestName = "Lower-case root")]
    [TestCase("SPY250919C0060000", TestName = "Seven strike digits")]
    [TestCase("SP Y250919C00600000", TestName = "Space inside the root")]
    [TestCase(" SPY250919C00600000", TestName = "Leading space")]
    [TestCase("ABCDEFG250919C00600000", TestName = "Seven-character root")]
    [TestCase("SPY", TestName = "An equity ticker")]
    public void Text_that_is_not_an_OCC_symbol_is_refused(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(OccSymbolFormat.IsOccSymbol(text), Is.False);
            Assert.That(() => OccSymbolFormat.Tradier.ToBroker(text), Throws.InstanceOf<FormatException>());
        });
    }
}
