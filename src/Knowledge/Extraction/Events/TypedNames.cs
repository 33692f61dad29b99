using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// An entity's type and name (or key) as one set key, compared as the string "Type:Name" ignoring case was, without
/// writing that string for every participant read.
/// </summary>
internal sealed class TypedNames : IEqualityComparer<(EntityType Type, string Name)>
{
    /// <summary>The comparer: the same type, and names equal ignoring case (ordinal).</summary>
    public static readonly TypedNames Comparer = new();

    private TypedNames() { }

    /// <inheritdoc />
    public bool Equals((EntityType Type, string Name) x, (EntityType Type, string Name) y) =>
        x.Type == y.Type && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public int GetHashCode((EntityType Type, string Name) obj) =>
        HashCode.Combine(obj.Type, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
}
