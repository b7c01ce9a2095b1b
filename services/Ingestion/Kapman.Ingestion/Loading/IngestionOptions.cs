namespace Kapman.Ingestion.Loading;

/// <summary>Where the flat files are: <c>{DataRoot}/flatfiles/us_stocks_sip/day_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz</c>.</summary>
/// <param name="DataRoot">Absolute data root (see <c>DataRoot.Resolve</c>).</param>
public sealed record IngestionOptions(string DataRoot)
{
    /// <summary>Absolute path of a session's file.</summary>
    public string SessionFilePath(DateOnly session) =>
        Path.Combine(DataRoot, "flatfiles", Kapman.Ingestion.Core.SessionFileLayout.RelativePath(session));
}
