namespace Kapman.Contracts;

/// <summary>Option chains of the session are stored in <c>options.contracts</c>.</summary>
/// <param name="Underlyings">Underlyings whose chain was loaded.</param>
/// <param name="Contracts">Contracts stored.</param>
public sealed record OptionChainsIngested(
    Guid RunId, DateOnly SessionDate, int Underlyings, int Contracts, int SchemaVersion = 1) : IIntegrationEvent;
