namespace Kapman.Web.Clients;

/// <summary>What a re-drive did.</summary>
/// <param name="Moved">Messages published back to the source queue (confirmed by the broker, then removed from the error queue).</param>
/// <param name="Returned">Messages that could not be re-published and were left at the head of the error queue (0 or 1: the re-drive stops there).</param>
/// <param name="Error">Why the re-drive stopped early, empty when it completed.</param>
public sealed record RedriveResult(int Moved, int Returned, string Error)
{
    /// <summary>True when the re-drive ran until the error queue was empty or the cap was reached.</summary>
    public bool Succeeded => Error.Length == 0 && Returned == 0;
}
