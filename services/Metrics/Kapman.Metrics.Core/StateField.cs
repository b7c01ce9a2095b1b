namespace Kapman.Metrics.Core;

/// <summary>One state field of an indicator type (<see cref="IndicatorStateLayout"/>).</summary>
/// <param name="Name">Type and field name, for messages.</param>
/// <param name="Reference">For a reference field: reads the object to walk into; null for a value field.</param>
/// <param name="Write">For a value field: writes its value.</param>
/// <param name="Read">For a value field: reads and assigns its value.</param>
internal sealed record StateField(string Name, Func<object, object>? Reference, Action<object, BinaryWriter>? Write, Action<object, BinaryReader>? Read);
