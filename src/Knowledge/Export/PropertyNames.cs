namespace Knowledge.Export;

/// <summary>
/// How property keys are written beside the structural fields of a node or an edge: a key that is
/// a structural field's name, or that already starts with <c>p_</c>, gets a <c>p_</c> prefix, so the
/// mapping is reversible (a reader strips one <c>p_</c>).
/// </summary>
internal static class PropertyNames
{
    /// <summary>The prefix for property keys that would clash.</summary>
    public const string Prefix = "p_";

    /// <summary>Keys of the JSON export's structure (nodes and edges), plus the scorer's "properties".</summary>
    public static readonly IReadOnlySet<string> JsonReserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "type", "label", "aliases", "mentions", "source", "target", "weight", "evidence", "properties",
    };

    /// <summary>attr.names of the GraphML node keys the writer always declares.</summary>
    public static readonly IReadOnlySet<string> GraphMlNodeReserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "label", "type", "aliases", "mentions", "docIds",
    };

    /// <summary>attr.names of the GraphML edge keys the writer always declares.</summary>
    public static readonly IReadOnlySet<string> GraphMlEdgeReserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "label", "type", "weight", "docIds", "source", "target",
    };

    /// <summary>The written name of a property key (the empty key is written as <c>p_</c>).</summary>
    public static string Escape(string key, IReadOnlySet<string> reserved) =>
        key.Length == 0 || reserved.Contains(key) || key.StartsWith(Prefix, StringComparison.Ordinal) ? Prefix + key : key;

    /// <summary>The property key of a written name (inverse of <see cref="Escape"/>).</summary>
    public static string Unescape(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) ? name[Prefix.Length..] : name;
}
