namespace Kapman.Contracts;

/// <summary>
/// Common shape of every integration event: the pipeline run it belongs to, the NYSE session it reports on,
/// and the contract version so consumers can reject shapes they do not understand.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>The pipeline run that produced the event.</summary>
    Guid RunId { get; }

    /// <summary>The NYSE trading session (America/New_York date) the event reports on.</summary>
    DateOnly SessionDate { get; }

    /// <summary>Version of this record's shape; bumped on breaking changes.</summary>
    int SchemaVersion { get; }
}
