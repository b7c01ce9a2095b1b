namespace Kapman.Web.Clients;

/// <summary>A market report of the AI commentary (notification API <c>GET /commentary/reports</c>).</summary>
/// <param name="Id">The report's id.</param>
/// <param name="Kind">PRE_MARKET, POST_MARKET or ON_DEMAND.</param>
/// <param name="SessionDate">The session it is for.</param>
/// <param name="FactsSession">The session whose stored facts it states.</param>
/// <param name="State">WRITING, PENDING_APPROVAL, APPROVED, REJECTED or DISTRIBUTED.</param>
/// <param name="Source">MODEL (the model's text, fact-checked) or TEMPLATE (no model, or the model's text was rejected or failed).</param>
/// <param name="Provider">openai, anthropic or template.</param>
/// <param name="Model">The model that answered, or the template version.</param>
/// <param name="Text">The report.</param>
/// <param name="Rejection">Why the model's text was not used, or null.</param>
/// <param name="CreatedAt">When it was requested.</param>
public sealed record CommentaryReport(
    Guid Id, string Kind, DateOnly SessionDate, DateOnly? FactsSession, string State, string? Source, string? Provider, string? Model, string? Text,
    string? Rejection, DateTimeOffset CreatedAt);
