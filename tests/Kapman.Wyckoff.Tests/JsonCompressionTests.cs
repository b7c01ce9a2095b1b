namespace Kapman.Wyckoff.Tests;

/// <summary>
/// The JSON columns of a stored snapshot (issue 22 item 2): every one compressed with LZ4, not pglz (migration 009: pglz_compress
/// was a quarter of PostgreSQL's CPU in the history benchmark), and json, not jsonb, where SQL never looks inside (migration 010:
/// the rule breakdowns, the sequence fields and the checklist); events and features stay jsonb (the read contract and the
/// timeline read event codes in SQL). A new JSON column must choose both, so the list is exact.
/// </summary>
public sealed class JsonCompressionTests : DatabaseTest
{
    [Test]
    public async Task Every_json_column_of_a_snapshot_compresses_with_lz4_and_only_the_queried_ones_are_jsonb()
    {
        await using var connection = await DataSource.OpenConnectionAsync();

        Assert.That(await JsonColumns.OfAsync(connection, "snapshot_versions"), Is.EqualTo(new[]
        {
            ("bc_signals", "json", "l"), ("checklist", "json", "l"), ("events", "jsonb", "l"), ("features", "jsonb", "l"),
            ("sequence", "json", "l"), ("spring_signals", "json", "l"),
        }));
    }
}
