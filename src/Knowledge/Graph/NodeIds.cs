using System.Text;

namespace Knowledge.Graph;

/// <summary>
/// Makes stable, readable node ids from a type and a canonical name. Every id the library makes is written as it is
/// by every export: it holds only ASCII letters, digits, '-', '.', ':' and '_', which an XML NMTOKEN (GraphML's node
/// id), a CSV field, a Cypher string, JSON and a URL fragment all take unescaped.
/// </summary>
public static class NodeIds
{
    /// <summary>An id such as <c>person:samson-inocencio-jr</c>: type, then the name folded to a slug.</summary>
    public static string For(NodeType type, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Text.Slug.Concat(TypeNames.IdPrefixOf(type), name, [], []);
    }

    /// <summary>Folds a name to lower-case ASCII letters and digits joined by hyphens (accents removed).</summary>
    public static string Slug(string name) => Text.Slug.Of(name);

    /// <summary>Whether every character of <paramref name="id"/> is one an id may hold as it is.</summary>
    public static bool IsSafe(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (char c in id)
            if (!IsSafe(c)) return false;
        return true;
    }

    /// <summary>
    /// Text kept as it is when <see cref="IsSafe(string)"/>, else each other character written as '_' and the
    /// lower-case hex of its UTF-8 bytes ("Rivers @ Noon" → "Rivers_20_40_20Noon"). Used for the parts of ids that come from
    /// input rather than from a slug, such as document ids.
    /// </summary>
    public static string Safe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsSafe(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && IsSafe((char)rune.Value))
            {
                sb.Append((char)rune.Value);
                continue;
            }
            int length = rune.EncodeToUtf8(utf8);
            for (int i = 0; i < length; i++) sb.Append('_').Append(utf8[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or ':' or '_';

    /// <summary>
    /// The id of a Role node. A title held at an organisation is one node for everyone who holds it there
    /// (<c>role:director:harbor-trust</c>, after the organisation's id); a title without one belongs to its
    /// holder alone (<c>role:executive-director:person:ana-reyes</c>, after the holder's whole id, which a
    /// slug cannot equal), so it never joins two people.
    /// </summary>
    public static string Role(string title, string? organizationId, string holderId)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(holderId);
        return Text.Slug.Concat(RolePrefix, title, ":", RoleScope(organizationId, holderId));
    }

    private const string RolePrefix = "role:";

    /// <summary>
    /// Writes the id <see cref="Role"/> makes into <paramref name="destination"/> without allocating: returns its
    /// length, or -1 when it does not fit. A role named again finds its node's id by these characters, not a new string.
    /// </summary>
    internal static int TryWriteRole(string title, string? organizationId, string holderId, Span<char> destination)
    {
        var scope = RoleScope(organizationId, holderId);
        // The slug is never longer than twice the title: a destination that holds that much always takes it.
        if (destination.Length < RolePrefix.Length + 2 * Math.Max(title.Length, 1) + 1 + scope.Length) return -1;
        RolePrefix.CopyTo(destination);
        int length = RolePrefix.Length + Text.Slug.TryWrite(title, destination[RolePrefix.Length..]);
        destination[length++] = ':';
        scope.CopyTo(destination[length..]);
        return length + scope.Length;
    }

    private static ReadOnlySpan<char> RoleScope(string? organizationId, string holderId) =>
        organizationId is null ? holderId.AsSpan() : organizationId.AsSpan(organizationId.IndexOf(':') + 1);
}
