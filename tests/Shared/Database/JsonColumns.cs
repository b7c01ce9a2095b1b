using Dapper;
using Npgsql;

namespace Kapman.Testing;

/// <summary>The JSON columns (json or jsonb) of a table, as PostgreSQL's catalogue describes them.</summary>
internal static class JsonColumns
{
    /// <summary>
    /// Each json or jsonb column of <paramref name="table"/> (visible on the connection's search path), by name: its type name
    /// and <c>pg_attribute.attcompression</c> ('l' LZ4, 'p' pglz, '' the server default, pglz here).
    /// </summary>
    public static async Task<IReadOnlyList<(string Column, string Type, string Compression)>> OfAsync(NpgsqlConnection connection, string table) =>
        [.. await connection.QueryAsync<(string, string, string)>(
            """
            SELECT attname, format_type(atttypid, NULL), attcompression::text FROM pg_attribute
            WHERE attrelid = @table::regclass AND atttypid IN ('json'::regtype, 'jsonb'::regtype) AND attnum > 0 AND NOT attisdropped
            ORDER BY attname
            """, new { table })];
}
