namespace Kapman.Architecture.Tests;

/// <summary>A schema-qualified name found in a source file.</summary>
/// <param name="File">Path relative to the repository root, '/'-separated.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Schema">The schema named, e.g. <c>market</c> or <c>market_api</c>.</param>
/// <param name="Name">The relation or function named in it.</param>
internal sealed record SchemaReference(string File, int Line, string Schema, string Name)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line} {Schema}.{Name}";
}
