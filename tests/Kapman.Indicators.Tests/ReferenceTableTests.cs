using Kapman.Indicators.Tests.TestData;

namespace Kapman.Indicators.Tests;

/// <summary>
/// Runs every reference comparison (each asserts its own tolerance) and prints the audit table for the note:
/// each indicator with the reference file it was checked against and its maximum difference. Every file of
/// reference/indicators must be covered. Print it with
/// <c>dotnet test tests/Kapman.Indicators.Tests --filter Name~Reference_table --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class ReferenceTableTests
{
    [Test]
    public void Reference_table_covers_every_reference_file()
    {
        var single = new ReferenceIndicatorTests();
        single.Sma14_matches_spy_with_indicators();
        single.Ema14_matches_spy_with_indicators();
        single.Rsi14_Wilder_matches_spy_with_indicators();
        single.Sma20_matches_the_bollinger_middle_band();
        single.Ema14_matches_spy_ema_csv();
        single.Obv_matches_spy_with_obv();
        var macdAndBands = new MacdAndBollingerReferenceTests();
        macdAndBands.Macd_line_signal_and_histogram_match_spy_with_macd();
        macdAndBands.Macd_line_matches_spy_with_indicators();
        macdAndBands.Bollinger_bands_percent_b_and_width_match_spy_bollinger_bands();

        TestContext.Out.WriteLine(ReferenceTable.Markdown());

        var files = Directory.GetFiles(RepoFiles.SharedData("reference", "indicators")).Select(Path.GetFileName);
        Assert.That(ReferenceTable.All().Select(r => r.File).Distinct(), Is.EquivalentTo(files));
        Assert.That(ReferenceTable.All(), Has.Count.GreaterThanOrEqualTo(14));
    }
}
