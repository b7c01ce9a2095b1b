using Spectre.Console;

namespace Kapman.Cli.Reporting;

/// <summary>Spectre tables for the CLI's output; every cell is escaped markup.</summary>
internal static class Tables
{
    /// <summary>A table with the given headers and rows of plain text.</summary>
    public static Table Plain(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table().RoundedBorder();
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(cell => new Markup(Markup.Escape(cell)))]);
        }

        return table;
    }

    /// <summary>The per-stage table of a pipeline run; status cells coloured.</summary>
    public static Table Stages(IReadOnlyList<StageRow> rows)
    {
        var table = new Table().RoundedBorder().AddColumns("stage", "status", "count", "duration", "error");
        foreach (var row in rows)
        {
            table.AddRow(
                new Markup(Markup.Escape(row.Stage)),
                new Markup($"[{StatusColour(row.Status)}]{Markup.Escape(row.Status)}[/]"),
                new Markup(Markup.Escape(row.Count)),
                new Markup(Markup.Escape(row.Duration)),
                new Markup(Markup.Escape(row.Error)));
        }

        return table;
    }

    /// <summary>green for succeeded/healthy, yellow for partial/running/pending, red otherwise.</summary>
    public static string StatusColour(string status) => status.ToUpperInvariant() switch
    {
        "SUCCEEDED" or "HEALTHY" or "UP" or "SENT" or "ISSUED" => "green",
        "PARTIAL" or "RUNNING" or "PENDING" or "STARTING" or "RESTARTING" or "LOGGED" or "NO_TRADE" => "yellow",
        _ => "red",
    };
}
