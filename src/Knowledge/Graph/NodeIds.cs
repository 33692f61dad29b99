namespace Knowledge.Graph;

/// <summary>Makes stable, readable node ids from a type and a canonical name.</summary>
public static class NodeIds
{
    /// <summary>An id such as <c>person:samson-inocencio-jr</c>: type, then the name folded to a slug.</summary>
    public static string For(NodeType type, string name) => $"{type.ToString().ToLowerInvariant()}:{Slug(name)}";

    /// <summary>Folds a name to lower-case ASCII letters and digits joined by hyphens (accents removed).</summary>
    public static string Slug(string name) => Text.Slug.Of(name);
}
