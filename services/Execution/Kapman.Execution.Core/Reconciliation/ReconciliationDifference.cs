namespace Kapman.Execution.Core.Reconciliation;

/// <summary>One difference, its repair, and whether it is explained (normal lag) or not (a mismatch).</summary>
/// <param name="Kind">What differs.</param>
/// <param name="Subject">The order id, execution id or OCC symbol concerned.</param>
/// <param name="Detail">Readable detail with both sides' values.</param>
/// <param name="Repair">What to do.</param>
/// <param name="Explained">True when the difference is the expected result of events not yet applied.</param>
public sealed record ReconciliationDifference(DifferenceKind Kind, string Subject, string Detail, RepairAction Repair, bool Explained);
