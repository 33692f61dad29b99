using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>An object of a record parsed by <see cref="JsonDocument"/>, read through <see cref="IRecordFields{TSelf}"/>.</summary>
internal readonly struct ElementFields(JsonElement element) : IRecordFields<ElementFields>
{
    /// <inheritdoc />
    public bool TryGetObject(string name, out ElementFields value)
    {
        bool found = element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Object;
        value = new ElementFields(property);
        return found;
    }

    /// <inheritdoc />
    public string? StringOrNumber(string name)
    {
        if (!element.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    /// <inheritdoc />
    public string[] Strings(string name)
    {
        if (!element.TryGetProperty(name, out var v)) return [];
        if (v.ValueKind == JsonValueKind.String) return [v.GetString()!.Trim()];
        if (v.ValueKind != JsonValueKind.Array) return [];
        var strings = new List<string>();
        foreach (var e in v.EnumerateArray())
            if (e.ValueKind == JsonValueKind.String) strings.Add(e.GetString()!.Trim());
        return [.. strings];
    }
}
