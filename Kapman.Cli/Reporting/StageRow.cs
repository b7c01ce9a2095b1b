namespace Kapman.Cli.Reporting;

/// <summary>One display row of the per-stage table: every cell already formatted.</summary>
internal sealed record StageRow(string Stage, string Status, string Count, string Duration, string Error);
