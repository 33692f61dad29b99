using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        // Enums by name come from the context (UseStringEnumConverter): the reflection-based JsonStringEnumConverter
        // these options used to carry needs run-time code generation, which a native (AOT) build of the tool lacks.
        TypeInfoResolver = StoreJsonContext.Default,
    };

    /// <summary>The source-generated metadata for <typeparamref name="T"/> under <see cref="Options"/>: serializing
    /// through it needs no reflection, so the store works the same in a NativeAOT build of the tool.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Info<T>());

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize(json, Info<T>()) ?? throw new JsonException($"a null {typeof(T).Name} record");
}
