namespace Kapman.Web.Clients;

/// <summary>What a re-drive did.</summary>
/// <param name="Moved">Messages published back to the source queue.</param>
/// <param name="Returned">Messages that could not be re-published and were put back into the error queue.</param>
/// <param name="Error">Why the re-drive stopped early, empty when it completed.</param>
public sealed record RedriveResult(int Moved, int Returned, string Error)
{
    /// <summary>True when every fetched message reached the source queue.</summary>
    public bool Succeeded => Error.Length == 0 && Returned == 0;
}
