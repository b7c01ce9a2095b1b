namespace Kapman.MarketData.Tests;

/// <summary>
/// Round-trip properties of <see cref="OccSymbol"/> over generated values (<see cref="OccSymbolGenerator"/>, fixed seeds):
/// parse(format(x)) == x for every written form, and format(parse(s)) == s for every text in that form.
/// </summary>
public sealed class OccSymbolPropertyTests
{
    private const int Cases = 2000;

    [TestCase(17)]
    [TestCase(20250919)]
    public void Parsing_what_is_written_gives_back_the_symbol_in_every_form(int seed)
    {
        var generator = new OccSymbolGenerator(seed);
        for (var i = 0; i < Cases; i++)
        {
            var symbol = generator.Symbol();
            foreach (var text in new[] { symbol.ToString(), symbol.ToPolygonTicker(), symbol.ToOccString() })
            {
                Assert.That(OccSymbol.Parse(text), Is.EqualTo(symbol), $"seed {seed}, case {i}: '{text}'");
            }
        }
    }

    [TestCase(3)]
    [TestCase(424242)]
    public void Writing_what_is_parsed_gives_back_the_text_in_every_form(int seed)
    {
        var generator = new OccSymbolGenerator(seed);
        for (var i = 0; i < Cases; i++)
        {
            var compact = generator.CompactText();
            var rootLength = compact.Length - 15;
            var padded = compact[..rootLength] + new string(' ', 6 - rootLength) + compact[rootLength..];
            var polygon = "O:" + compact;

            Assert.That(OccSymbol.Parse(compact).ToString(), Is.EqualTo(compact), $"seed {seed}, case {i}");
            Assert.That(OccSymbol.Parse(polygon).ToPolygonTicker(), Is.EqualTo(polygon), $"seed {seed}, case {i}");
            Assert.That(OccSymbol.Parse(padded).ToOccString(), Is.EqualTo(padded), $"seed {seed}, case {i}");
        }
    }

    [Test]
    public void The_standard_form_is_always_21_characters_with_the_root_in_the_first_6()
    {
        var generator = new OccSymbolGenerator(99);
        for (var i = 0; i < Cases; i++)
        {
            var symbol = generator.Symbol();
            var text = symbol.ToOccString();
            Assert.That(text, Has.Length.EqualTo(21), $"case {i}: '{text}'");
            Assert.That(text[..6].TrimEnd(' '), Is.EqualTo(symbol.Underlying), $"case {i}: '{text}'");
        }
    }
}
