using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Kapman.Indicators;
using Kapman.MarketData;

namespace Kapman.Metrics.Core;

/// <summary>
/// The state fields of an indicator type for <see cref="IndicatorStateCodec"/>, with accessors compiled once per
/// type (reflection's GetValue/SetValue box and are several times slower). Fields are listed from the base class
/// down, each class's by name; readonly value and string fields (parameters set by the constructor) are left out.
/// </summary>
internal static class IndicatorStateLayout
{
    private static readonly ConcurrentDictionary<Type, StateField[]> Layouts = new();

    private static readonly Dictionary<Type, string> ValueCodecs = new()
    {
        [typeof(double)] = nameof(WriteDouble),
        [typeof(int)] = nameof(WriteInt),
        [typeof(bool)] = nameof(WriteBool),
        [typeof(DateOnly)] = nameof(WriteDate),
        [typeof(Bar)] = nameof(WriteBar),
        [typeof(double?)] = nameof(WriteNullableDouble),
        [typeof(DateOnly?)] = nameof(WriteNullableDate),
    };

    /// <summary>The state fields of <paramref name="type"/>.</summary>
    /// <exception cref="NotSupportedException">A mutable field has a type the codec does not handle.</exception>
    public static StateField[] Of(Type type) => Layouts.GetOrAdd(type, Build);

    public static void WriteBar(BinaryWriter writer, Bar bar)
    {
        writer.Write(bar.Date.DayNumber);
        writer.Write(bar.Open);
        writer.Write(bar.High);
        writer.Write(bar.Low);
        writer.Write(bar.Close);
        writer.Write(bar.Volume);
    }

    public static Bar ReadBar(BinaryReader reader) =>
        new(DateOnly.FromDayNumber(reader.ReadInt32()), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());

    private static void WriteDouble(BinaryWriter writer, double value) => writer.Write(value);

    private static double ReadDouble(BinaryReader reader) => reader.ReadDouble();

    private static void WriteInt(BinaryWriter writer, int value) => writer.Write(value);

    private static int ReadInt(BinaryReader reader) => reader.ReadInt32();

    private static void WriteBool(BinaryWriter writer, bool value) => writer.Write(value);

    private static bool ReadBool(BinaryReader reader) => reader.ReadBoolean();

    private static void WriteDate(BinaryWriter writer, DateOnly value) => writer.Write(value.DayNumber);

    private static DateOnly ReadDate(BinaryReader reader) => DateOnly.FromDayNumber(reader.ReadInt32());

    private static void WriteNullableDouble(BinaryWriter writer, double? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value.GetValueOrDefault());
    }

    private static double? ReadNullableDouble(BinaryReader reader)
    {
        var has = reader.ReadBoolean();
        var value = reader.ReadDouble();
        return has ? value : null;
    }

    private static void WriteNullableDate(BinaryWriter writer, DateOnly? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value.GetValueOrDefault().DayNumber);
    }

    private static DateOnly? ReadNullableDate(BinaryReader reader)
    {
        var has = reader.ReadBoolean();
        var value = DateOnly.FromDayNumber(reader.ReadInt32());
        return has ? value : null;
    }

    private static StateField[] Build(Type type)
    {
        var chain = new List<Type>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        return chain
            .SelectMany(c => c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).OrderBy(f => f.Name, StringComparer.Ordinal))
            .Where(f => !(f.IsInitOnly && (f.FieldType.IsValueType || f.FieldType == typeof(string))))
            .Select(f => Compile(type, f))
            .ToArray();
    }

    private static StateField Compile(Type owner, FieldInfo field)
    {
        var name = $"{owner.Name}.{field.Name}";
        var target = Expression.Parameter(typeof(object), "target");
        var access = Expression.Field(Expression.Convert(target, field.DeclaringType!), field);
        if (!field.FieldType.IsValueType)
        {
            var supported = field.FieldType.Assembly == typeof(IIndicator).Assembly || field.FieldType.Assembly == typeof(IndicatorStateLayout).Assembly
                || field.FieldType == typeof(List<Bar>) || typeof(IList).IsAssignableFrom(field.FieldType);
            if (!supported)
            {
                throw new NotSupportedException($"{name}: {field.FieldType.Name} is not a supported state type.");
            }

            var get = Expression.Lambda<Func<object, object>>(Expression.Convert(access, typeof(object)), target).Compile();
            return new StateField(name, get, null, null);
        }

        if (!ValueCodecs.TryGetValue(field.FieldType, out var writeName))
        {
            throw new NotSupportedException($"{name}: {field.FieldType.Name} is not a supported state type.");
        }

        var writeMethod = typeof(IndicatorStateLayout).GetMethod(writeName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        var readMethod = typeof(IndicatorStateLayout).GetMethod("Read" + writeName[5..], BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        var writer = Expression.Parameter(typeof(BinaryWriter), "writer");
        var reader = Expression.Parameter(typeof(BinaryReader), "reader");
        var write = Expression.Lambda<Action<object, BinaryWriter>>(Expression.Call(writeMethod, writer, access), target, writer).Compile();
        var read = Expression.Lambda<Action<object, BinaryReader>>(Expression.Assign(access, Expression.Call(readMethod, reader)), target, reader).Compile();
        return new StateField(name, null, write, read);
    }
}
