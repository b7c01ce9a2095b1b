namespace Kapman.Execution.Orders;

/// <summary>What an approval did: the order (new or the one already made), or why there is none.</summary>
/// <param name="OrderId">The order, or null when refused.</param>
/// <param name="Created">True when this call created the order; false when it already existed.</param>
/// <param name="Status">On refusal: 404 unknown recommendation, 409 kill switch or live broker, 403 live order without the operator key, 400 bad quantity.</param>
/// <param name="Problem">Why it was refused.</param>
public sealed record ApprovalOutcome(Guid? OrderId, bool Created, int Status, string? Problem)
{
    /// <summary>A refusal.</summary>
    public static ApprovalOutcome Refused(int status, string problem) => new(null, false, status, problem);
}
