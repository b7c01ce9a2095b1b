using System.Collections;
using System.Runtime.InteropServices;
using Kapman.MarketData;

namespace Kapman.Metrics.Core;

/// <summary>
/// Writes and restores the mutable state of a graph of indicators, so that a daily step can continue where the
/// previous session stopped and give bit-for-bit what feeding every bar from the first would give.
/// The graph is walked in a fixed order (root objects in the given order; per object its fields from the base
/// class down, each class's fields by name; an object reached twice is handled once). Readonly value fields are
/// configuration set by the constructor and are skipped; readonly references (windows, arrays, sub-indicators)
/// are walked into and refilled in place. Restoring therefore needs a graph built by the same constructors.
/// Supported mutable field types: double, int, bool, double?, DateOnly, DateOnly?, <see cref="Bar"/>; references:
/// double[], arrays and lists of indicator objects, <see cref="List{T}"/> of <see cref="Bar"/> (any length), and
/// objects of this assembly and of Kapman.Indicators (<see cref="IndicatorStateLayout"/>). Anything else throws <see cref="NotSupportedException"/>
/// (caught by the round-trip tests).
/// </summary>
internal static class IndicatorStateCodec
{
    /// <summary>Appends the state of <paramref name="roots"/> to <paramref name="writer"/>.</summary>
    public static void Write(BinaryWriter writer, IEnumerable<object> roots)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            WriteObject(writer, root, visited);
        }
    }

    /// <summary>Restores the state written by <see cref="Write"/> into a freshly constructed, identical graph.</summary>
    /// <exception cref="InvalidDataException">The data does not fit the graph (another layout or parameters).</exception>
    public static void Read(BinaryReader reader, IEnumerable<object> roots)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            ReadObject(reader, root, visited);
        }
    }

    private static void WriteObject(BinaryWriter writer, object target, HashSet<object> visited)
    {
        if (!visited.Add(target))
        {
            return;
        }

        switch (target)
        {
            case double[] values:
                writer.Write(values.Length);
                writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));

                return;
            case List<Bar> bars:
                writer.Write(bars.Count);
                foreach (var bar in bars)
                {
                    IndicatorStateLayout.WriteBar(writer, bar);
                }

                return;
            case IList items:
                writer.Write(items.Count);
                foreach (var item in items)
                {
                    WriteObject(writer, item!, visited);
                }

                return;
        }

        foreach (var field in IndicatorStateLayout.Of(target.GetType()))
        {
            if (field.Reference is { } reference)
            {
                WriteObject(writer, reference(target) ?? throw new NotSupportedException($"{field.Name} is null."), visited);
            }
            else
            {
                field.Write!(target, writer);
            }
        }
    }

    private static void ReadObject(BinaryReader reader, object target, HashSet<object> visited)
    {
        if (!visited.Add(target))
        {
            return;
        }

        switch (target)
        {
            case double[] values:
                ExpectCount(reader, values.Length);
                reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));

                return;
            case List<Bar> bars:
                bars.Clear();
                for (var n = reader.ReadInt32(); n > 0; n--)
                {
                    bars.Add(IndicatorStateLayout.ReadBar(reader));
                }

                return;
            case IList items:
                ExpectCount(reader, items.Count);
                foreach (var item in items)
                {
                    ReadObject(reader, item!, visited);
                }

                return;
        }

        foreach (var field in IndicatorStateLayout.Of(target.GetType()))
        {
            if (field.Reference is { } reference)
            {
                ReadObject(reader, reference(target), visited);
            }
            else
            {
                field.Read!(target, reader);
            }
        }
    }

    private static void ExpectCount(BinaryReader reader, int expected)
    {
        var count = reader.ReadInt32();
        if (count != expected)
        {
            throw new InvalidDataException($"The state holds {count} items where the indicator has {expected}: another layout or parameters.");
        }
    }
}
