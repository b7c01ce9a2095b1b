using System.Diagnostics.CodeAnalysis;

namespace Kapman.Execution.Core.Orders;

/// <summary>
/// The outcome of applying an event: either the next lifecycle and its transition record, or an error saying why
/// the event is illegal (the caller keeps the old lifecycle and stores nothing).
/// </summary>
public sealed record OrderTransitionResult
{
    private OrderTransitionResult(OrderLifecycle? lifecycle, OrderTransition? transition, string? error)
    {
        Lifecycle = lifecycle;
        Transition = transition;
        Error = error;
    }

    /// <summary>The next lifecycle, when legal.</summary>
    public OrderLifecycle? Lifecycle { get; }

    /// <summary>The record to store, when legal.</summary>
    public OrderTransition? Transition { get; }

    /// <summary>Why the event was refused, when illegal.</summary>
    public string? Error { get; }

    /// <summary>True when the event was legal.</summary>
    [MemberNotNullWhen(true, nameof(Lifecycle), nameof(Transition))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>A legal transition.</summary>
    public static OrderTransitionResult Ok(OrderLifecycle lifecycle, OrderTransition transition) => new(lifecycle, transition, null);

    /// <summary>An illegal event.</summary>
    public static OrderTransitionResult Fail(string error) => new(null, null, error);
}
