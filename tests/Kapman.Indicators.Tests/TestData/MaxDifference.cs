namespace Kapman.Indicators.Tests.TestData;

/// <summary>Asserts computed values against printed reference values and tracks the largest difference per output.</summary>
internal sealed class MaxDifference
{
    private readonly SortedDictionary<string, double> _largest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Compared { get; private set; }

    /// <summary>Asserts <paramref name="actual"/> is within the print precision of <paramref name="printed"/>.</summary>
    /// <param name="output">Output name for messages.</param>
    /// <param name="actual">Computed value.</param>
    /// <param name="printed">The reference value as printed.</param>
    /// <param name="date">Bar date for messages.</param>
    /// <param name="allowance">Extra tolerance justified by the file (rounded inputs, derived values).</param>
    public void Check(string output, double actual, string printed, DateOnly date, double allowance = 0d)
    {
        var expected = ReferenceFiles.Number(printed);
        Assert.That(actual, Is.EqualTo(expected).Within(ReferenceFiles.Tolerance(printed) + allowance), $"{output} on {date:yyyy-MM-dd}");
        _largest[output] = Math.Max(_largest.GetValueOrDefault(output), Math.Abs(actual - expected));
        _counts[output] = _counts.GetValueOrDefault(output) + 1;
        Compared++;
    }

    /// <summary>Writes the largest differences to the test output and to <see cref="ReferenceTable"/>.</summary>
    /// <param name="file">Reference file name.</param>
    /// <param name="indicator">Indicator and parameters as computed (e.g. <c>MACD(12,26,9)</c>).</param>
    /// <param name="tolerance">The precision rule applied, for the table.</param>
    public void Report(string file, string indicator, string tolerance)
    {
        foreach (var (output, difference) in _largest)
        {
            TestContext.Out.WriteLine($"{file} {output}: max |difference| = {difference:G4} over {_counts[output]} values");
            ReferenceTable.Add(new ReferenceTable.Row(indicator, output, file, _counts[output], difference, tolerance));
        }
    }
}
