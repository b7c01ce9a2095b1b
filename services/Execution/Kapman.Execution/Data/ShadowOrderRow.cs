namespace Kapman.Execution.Data;

/// <summary>
/// A filled SHADOW entry order with its approval, for the shadow report: prices net $ per share (magnitudes read with
/// <see cref="PriceType"/>), quantities combo units; <see cref="Legs"/> the approval's legs as stored (JSON).
/// </summary>
public sealed class ShadowOrderRow
{
    public Guid OrderId { get; init; }

    public Guid RecommendationId { get; init; }

    public string Ticker { get; init; } = "";

    public string Strategy { get; init; } = "";

    /// <summary><c>DEBIT</c> or <c>CREDIT</c>.</summary>
    public string PriceType { get; init; } = "";

    public int FilledQuantity { get; init; }

    public decimal AverageFillPrice { get; init; }

    /// <summary>The order's session.</summary>
    public DateOnly SessionDate { get; init; }

    /// <summary>The approval's session: the stored chain the recommendation was priced on.</summary>
    public DateOnly ApprovalSession { get; init; }

    public string Legs { get; init; } = "[]";
}
