namespace Kapman.Notification.Commentary.Data;

/// <summary>A market report as <c>GET /commentary/reports</c> lists it.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="Kind">PRE_MARKET, INTRADAY, POST_MARKET or ON_DEMAND.</param>
/// <param name="SessionDate">The session it is for.</param>
/// <param name="FactsSession">The session whose facts it states (the previous one for a pre-market report).</param>
/// <param name="State">WRITING, PENDING_APPROVAL, APPROVED, REJECTED or DISTRIBUTED.</param>
/// <param name="Source">MODEL (the model's text, checked) or TEMPLATE (no model, or its text was rejected or failed).</param>
/// <param name="Provider">openai, anthropic or template.</param>
/// <param name="Model">The model that answered (as it reported itself), or the template version.</param>
/// <param name="Text">The report's text.</param>
/// <param name="ModelText">The model's text when it was rejected (kept for review), else null.</param>
/// <param name="Rejection">Why the model's text was not used (fact-check reasons, one per line; or the error), else null.</param>
/// <param name="DecidedBy">Who approved or rejected it (Telegram user, or "api").</param>
/// <param name="CreatedAt">When it was requested.</param>
/// <param name="DecidedAt">When it was approved or rejected.</param>
/// <param name="DistributedAt">When its email was handed over.</param>
public sealed record CommentaryReportDto(
    Guid Id, string Kind, DateOnly SessionDate, DateOnly? FactsSession, string State, string? Source, string? Provider, string? Model, string? Text,
    string? ModelText, string? Rejection, string? DecidedBy, DateTime CreatedAt, DateTime? DecidedAt, DateTime? DistributedAt);
