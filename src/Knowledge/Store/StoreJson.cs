using System.Text.Json;
using System.Text.Json.Serialization;

namespace Knowledge.Store;

/// <summary>
/// How records are written into the store's <c>record</c> and <c>source</c> columns: System.Text.Json with
/// fields (the offset tuples) included, enums by name (so reordering an enum never changes a stored
/// value's meaning) and nulls left out. Writing then reading gives back an equal record.
/// </summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        IncludeFields = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = StoreJsonContext.Default,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"a null {typeof(T).Name} record");
}
