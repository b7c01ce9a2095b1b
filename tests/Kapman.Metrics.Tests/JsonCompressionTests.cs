namespace Kapman.Metrics.Tests;

/// <summary>
/// The JSON columns of <c>metrics.indicators</c> (issue 22 item 2): compressed with LZ4, not pglz (migration 005: pglz_compress was
/// 12 % of PostgreSQL's CPU for metrics in the history benchmark), and stored as json, not jsonb (migration 006: SQL never looks
/// inside them, and parsing into jsonb was 5.6 % of all CPU). A new JSON column must choose both, so the list is exact.
/// </summary>
public sealed class JsonCompressionTests
{
    [Test]
    public async Task Every_json_column_of_an_indicator_row_is_json_compressed_with_lz4()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(Kapman.Metrics.Data.IndicatorStore).Assembly);
        await using var connection = await database.DataSource.OpenConnectionAsync();

        Assert.That(await JsonColumns.OfAsync(connection, "indicators"), Is.EqualTo(new[] { ("extras", "json", "l"), ("null_reasons", "json", "l") }));
    }
}
