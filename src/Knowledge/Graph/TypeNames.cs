namespace Knowledge.Graph;

/// <summary>
/// The written names of node and edge types, built once: <c>Enum.ToString</c> allocates a string on every call,
/// and the exporters ask once per node and edge (a hundred thousand times on a year of news).
/// </summary>
internal static class TypeNames
{
    private static readonly string[] NodeNames = NamesOf<NodeType>();
    private static readonly string[] EdgeNames = NamesOf<EdgeType>();
    private static readonly string[] IdPrefixes = Array.ConvertAll(NodeNames, n => n.ToLowerInvariant() + ":");
    private static readonly string[] EdgeLabels = Array.ConvertAll(EdgeNames, n => n.Replace('_', ' ').ToLowerInvariant());

    /// <summary>The node type's name, as <c>ToString</c> gives it (<c>Person</c>).</summary>
    public static string Of(NodeType type) => (uint)type < (uint)NodeNames.Length ? NodeNames[(int)type] : type.ToString();

    /// <summary>The node type as node ids begin (<c>person:</c>): its name in lower case and a colon.</summary>
    public static string IdPrefixOf(NodeType type) =>
        (uint)type < (uint)IdPrefixes.Length ? IdPrefixes[(int)type] : type.ToString().ToLowerInvariant() + ":";

    /// <summary>The edge type's name, as <c>ToString</c> gives it (<c>HOLDS_ROLE</c>).</summary>
    public static string Of(EdgeType type) => (uint)type < (uint)EdgeNames.Length ? EdgeNames[(int)type] : type.ToString();

    /// <summary>The edge type in lower case with spaces (<c>holds role</c>), an edge's readable label.</summary>
    public static string LabelOf(EdgeType type) =>
        (uint)type < (uint)EdgeLabels.Length ? EdgeLabels[(int)type] : type.ToString().Replace('_', ' ').ToLowerInvariant();

    // Indexed by value: both enums number their members 0, 1, 2, … (a gap would leave that slot to ToString).
    private static string[] NamesOf<T>() where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        int count = 0;
        foreach (var v in values) count = Math.Max(count, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) + 1);
        var names = new string[count];
        foreach (var v in values) names[Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)] = v.ToString();
        for (int i = 0; i < names.Length; i++) names[i] ??= i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return names;
    }
}
