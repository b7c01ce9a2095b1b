namespace Kapman.TradierStandIn;

/// <summary>A parsed order form before the stand-in accepts it.</summary>
/// <param name="Class"><c>option</c> or <c>multileg</c>.</param>
/// <param name="Symbol">The underlying ticker.</param>
/// <param name="Type">limit, market, debit, credit or even.</param>
/// <param name="Duration">day, gtc, pre or post.</param>
/// <param name="Price">The limit, or null.</param>
/// <param name="Tag">The tag, or null.</param>
/// <param name="Legs">(option symbol, side, quantity) per leg.</param>
/// <param name="Preview">True for <c>preview=true</c>.</param>
public sealed record OrderDraft(string Class, string Symbol, string Type, string Duration, decimal? Price, string? Tag, IReadOnlyList<(string OptionSymbol, string Side, int Quantity)> Legs, bool Preview);
