using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Knowledge.Ingestion;
using Knowledge.Syntax;

namespace Knowledge.Store;

/// <summary>
/// Compile-time JSON metadata for every record the store writes: reading a large store's mention rows
/// back without reflection keeps the resolution step's cost close to the resolution itself.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(EntityMention))]
[JsonSerializable(typeof(DateMention))]
[JsonSerializable(typeof(RoleMention))]
[JsonSerializable(typeof(QuoteMention))]
[JsonSerializable(typeof(EventMention))]
[JsonSerializable(typeof(RelationMention))]
[JsonSerializable(typeof(Link))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(SourceDocument))]
[JsonSerializable(typeof(StoredNode))]
[JsonSerializable(typeof(StoredEdge))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(ImmutableArray<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
