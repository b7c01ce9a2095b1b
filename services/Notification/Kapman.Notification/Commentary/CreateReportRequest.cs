namespace Kapman.Notification.Commentary;

/// <summary>The body of <c>POST /commentary/reports</c>.</summary>
/// <param name="Kind">PRE_MARKET or ON_DEMAND (POST_MARKET is written when the run finishes, but may be asked for if it was not).</param>
/// <param name="SessionDate">The session the report is for.</param>
public sealed record CreateReportRequest(string? Kind, DateOnly? SessionDate);
