namespace Kapman.Metrics.Core.Tests.TestData;

/// <summary>Asserts computed values against printed reference values and tracks the largest difference per output.</summary>
internal sealed class MaxDifference
{
    private readonly SortedDictionary<string, double> _largest = new(StringComparer.Ordinal);

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
        Compared++;
    }

    /// <summary>Writes the largest differences to the test output.</summary>
    public void Report(string file)
    {
        foreach (var (output, difference) in _largest)
        {
            TestContext.Out.WriteLine($"{file} {output}: max |difference| = {difference:G4} over {Compared} values");
        }
    }
}
