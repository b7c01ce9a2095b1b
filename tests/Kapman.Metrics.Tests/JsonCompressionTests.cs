using Dapper;

namespace Kapman.Metrics.Tests;

/// <summary>
/// Migration 005: the JSON columns of <c>metrics.indicators</c> are compressed with LZ4, not pglz (issue 22 item 2: pglz_compress was
/// 12 % of PostgreSQL's CPU for metrics in the history benchmark). A new JSON column must choose too, so the list is exact.
/// </summary>
public sealed class JsonCompressionTests
{
    [Test]
    public async Task Every_json_column_of_an_indicator_row_compresses_with_lz4()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(Kapman.Metrics.Data.IndicatorStore).Assembly);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var methods = await connection.QueryAsync<(string Column, string Method)>(
            """
            SELECT attname, attcompression::text FROM pg_attribute
            WHERE attrelid = 'indicators'::regclass AND atttypid = 'jsonb'::regtype AND attnum > 0 AND NOT attisdropped
            ORDER BY attname
            """);

        // pg_attribute.attcompression: 'l' is LZ4, 'p' pglz, '' the server default (pglz here).
        Assert.That(methods, Is.EqualTo(new[] { ("extras", "l"), ("null_reasons", "l") }));
    }
}
