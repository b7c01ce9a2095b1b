using Dapper;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// Migration 009: every JSON column of a stored snapshot is compressed with LZ4, not pglz (issue 22 item 2: pglz_compress was a
/// quarter of PostgreSQL's CPU in the history benchmark). A new JSON column must choose too, so the list is exact.
/// </summary>
public sealed class JsonCompressionTests : DatabaseTest
{
    [Test]
    public async Task Every_json_column_of_a_snapshot_compresses_with_lz4()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        var methods = await connection.QueryAsync<(string Column, string Method)>(
            """
            SELECT attname, attcompression::text FROM pg_attribute
            WHERE attrelid = 'snapshot_versions'::regclass AND atttypid = 'jsonb'::regtype AND attnum > 0 AND NOT attisdropped
            ORDER BY attname
            """);

        // pg_attribute.attcompression: 'l' is LZ4, 'p' pglz, '' the server default (pglz here).
        Assert.That(methods, Is.EqualTo(new[]
        {
            ("bc_signals", "l"), ("checklist", "l"), ("events", "l"), ("features", "l"), ("sequence", "l"), ("spring_signals", "l"),
        }));
    }
}
