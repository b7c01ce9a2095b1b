namespace Kapman.Execution.Core.Reconciliation;

/// <summary>
/// One part of a broker snapshot: either the list the broker reported, or unknown because the call failed, timed
/// out or was not made. Unknown is not empty: "a missing report does not mean flat" (docs/domain/execution.md#reconciliation, seed 003 §4 task 5.1,
/// <c>position_group_map</c> rows are deleted only after the broker confirms). An empty reported list does mean none.
/// </summary>
/// <typeparam name="T">The reported item.</typeparam>
public sealed class BrokerReport<T>
{
    private readonly IReadOnlyList<T>? items;

    /// <summary>A report the broker gave (possibly empty).</summary>
    public BrokerReport(IReadOnlyList<T> items) => this.items = items ?? throw new ArgumentNullException(nameof(items));

    private BrokerReport() => items = null;

    /// <summary>True when the broker answered.</summary>
    public bool IsReported => items is not null;

    /// <summary>The reported items; throws when the report is unknown, so unknown can never be read as empty.</summary>
    public IReadOnlyList<T> Items => items ?? throw new InvalidOperationException("the broker report is unknown, not empty");

#pragma warning disable CA1000 // a named constructor for the unknown report reads better than a separate factory type
    /// <summary>A report the broker did not give.</summary>
    public static BrokerReport<T> Unknown { get; } = new();
#pragma warning restore CA1000
}
