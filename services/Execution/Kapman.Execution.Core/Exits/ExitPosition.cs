using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Exits;

/// <summary>An open position group as the exit monitor sees it.</summary>
/// <param name="GroupId">The position group.</param>
/// <param name="EntryType">NetCredit for a credit structure (profit when the debit to close falls), NetDebit otherwise.</param>
/// <param name="EntryPrice">Net entry price, dollars per share, &gt; 0.</param>
/// <param name="Quantity">Combo units held.</param>
/// <param name="EnteredAt">Fill time of the entry.</param>
/// <param name="Expiration">The nearest expiration among the legs.</param>
public sealed record ExitPosition(string GroupId, PriceType EntryType, decimal EntryPrice, int Quantity, DateTimeOffset EnteredAt, DateOnly Expiration);
