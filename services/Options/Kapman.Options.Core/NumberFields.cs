using System.Text.Json;

namespace Kapman.Options.Core;

/// <summary>Reads optional numbers of one snapshot row, remembering the first field that held a non-number.</summary>
internal sealed class NumberFields(JsonElement row)
{
    /// <summary>The dotted path of the first field that was present but neither a number nor null, else null.</summary>
    public string? BadField { get; private set; }

    /// <summary>
    /// The number at <c>row[objectName][name]</c> (or <c>row[name]</c> when <paramref name="objectName"/> is null);
    /// null when the object or field is absent or JSON null.
    /// </summary>
    public double? Get(string? objectName, string name)
    {
        var container = row;
        if (objectName is not null
            && (!row.TryGetProperty(objectName, out container) || container.ValueKind != JsonValueKind.Object))
        {
            return null;
        }

        if (!container.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        BadField ??= objectName is null ? name : objectName + "." + name;
        return null;
    }
}
