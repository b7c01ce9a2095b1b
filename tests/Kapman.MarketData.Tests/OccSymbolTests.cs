namespace Kapman.MarketData.Tests;

public sealed class OccSymbolTests
{
    [Test]
    public void Parses_the_polygon_form()
    {
        var symbol = OccSymbol.Parse("O:SPY250919C00650000");
        Assert.That(symbol, Is.EqualTo(new OccSymbol("SPY", new DateOnly(2025, 9, 19), OptionRight.Call, 650m)));
    }

    [Test]
    public void Parses_without_prefix_and_with_fractional_strikes_and_digits_in_the_root()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OccSymbol.Parse("MSFT260807P00347500"), Is.EqualTo(new OccSymbol("MSFT", new DateOnly(2026, 8, 7), OptionRight.Put, 347.5m)));
            Assert.That(OccSymbol.Parse("F250117C00012125").Strike, Is.EqualTo(12.125m));
            Assert.That(OccSymbol.Parse("AAPL1140606C00490000").Underlying, Is.EqualTo("AAPL1"));
            Assert.That(OccSymbol.Parse("O:SPY271217P01000000").Strike, Is.EqualTo(1000m));
        });
    }

    [TestCase("SPY250919C00650000")]
    [TestCase("O:AAPL230616C00150000")]
    [TestCase("GOOGL151224P00600500")]
    [TestCase("X991231C99999999")]
    public void Round_trips_through_ToString(string text)
    {
        var symbol = OccSymbol.Parse(text);
        Assert.That(symbol.ToString(), Is.EqualTo(text.Replace("O:", "", StringComparison.Ordinal)));
        Assert.That(symbol.ToPolygonTicker(), Is.EqualTo("O:" + symbol));
        Assert.That(OccSymbol.Parse(symbol.ToString()), Is.EqualTo(symbol));
    }

    [Test]
    public void Reads_and_writes_the_21_character_standard_form_with_the_root_padded_to_6()
    {
        var symbol = OccSymbol.Parse("SPY   250919C00650000");
        Assert.Multiple(() =>
        {
            Assert.That(symbol, Is.EqualTo(new OccSymbol("SPY", new DateOnly(2025, 9, 19), OptionRight.Call, 650m)));
            Assert.That(symbol.ToOccString(), Is.EqualTo("SPY   250919C00650000"));
            Assert.That(new OccSymbol("GOOGL1", new DateOnly(2015, 12, 24), OptionRight.Put, 600.5m).ToOccString(), Is.EqualTo("GOOGL1151224P00600500"));
            Assert.That(new OccSymbol("F", new DateOnly(2025, 1, 17), OptionRight.Call, 12.125m).ToOccString(), Is.EqualTo("F     250117C00012125"));
        });
    }

    [TestCase("SPY 250919C00650000", "root 'SPY '")]
    [TestCase("S PY  250919C00650000", "root 'S PY'")]
    [TestCase("      250919C00650000", "root ''")]
    public void Spaces_are_only_the_padding_of_the_standard_form(string text, string reason)
    {
        Assert.That(() => OccSymbol.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains(reason));
    }

    [Test]
    public void Builds_the_canonical_text_from_its_parts()
    {
        var symbol = new OccSymbol("SPY", new DateOnly(2025, 10, 24), OptionRight.Put, 642.5m);
        Assert.That(symbol.ToString(), Is.EqualTo("SPY251024P00642500"));
    }

    [TestCase("", "expected 16 to 21 characters")]
    [TestCase("SPY250919C0065000", "expiration 'Y25091'")]
    [TestCase("TOOLONG250919C00650000", "expected 16 to 21")]
    [TestCase("spy250919C00650000", "root 'spy'")]
    [TestCase("SP-250919C00650000", "root 'SP-'")]
    [TestCase("SPY251319C00650000", "expiration '251319'")]
    [TestCase("SPY250230C00650000", "expiration '250230'")]
    [TestCase("SPY250919X00650000", "right 'X'")]
    [TestCase("SPY250919C0065000A", "strike '0065000A'")]
    [TestCase("SPY250919C00000000", "strike must be positive")]
    [TestCase("O:O:SPY250919C00650000", "root 'O:SPY'")]
    public void Malformed_text_throws_a_format_exception_naming_the_reason(string text, string reason)
    {
        Assert.That(() => OccSymbol.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains(reason));
        Assert.That(OccSymbol.TryParse(text, out _), Is.False);
    }

    [Test]
    public void TryParse_rejects_null_and_Parse_throws_on_null()
    {
        Assert.That(OccSymbol.TryParse(null, out _), Is.False);
        Assert.That(() => OccSymbol.Parse(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Construction_rejects_values_that_cannot_be_written()
    {
        var date = new DateOnly(2025, 9, 19);
        Assert.Multiple(() =>
        {
            Assert.That(() => new OccSymbol("SPY", date, OptionRight.Call, 650.0001m), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new OccSymbol("SPY", date, OptionRight.Call, 100_000m), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new OccSymbol("SPY", new DateOnly(2100, 1, 1), OptionRight.Call, 650m), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new OccSymbol("BRK.B", date, OptionRight.Call, 650m), Throws.ArgumentException);
        });
    }
}
