using System.Text.RegularExpressions;
using Knowledge.Extraction.Laws;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Resolution;

/// <summary>
/// The identity keys of a mention: mentions that share a key are one entity. Keys are the type and
/// the folded name (without "the" or a possessive owner such as "HLA's"), the mention's explicit key
/// (a law's number), the name it is said to equal (an acronym, a law's other name), and equivalents.
/// An organisation also has keys for its other written forms: "Treasury Department" is "Department of
/// the Treasury" (<see cref="OrganizationForms"/>), and a long name is the same body whatever small
/// connectors join its words ("Alliance for Clean Rivers" and "Alliance on Clean Rivers").
/// People are keyed by full name only: a surname alone never merges two people.
/// </summary>
internal sealed class EntityKeys
{
    private readonly Regex _leading;
    private readonly OrganizationForms _forms;
    private readonly LawKeys _lawKeys;

    public EntityKeys(LexiconSet lex)
    {
        // A leading definite article ("the", "The") or a possessive owner ("HLA's").
        var articles = lex.English.DefiniteArticles.Entries
            .SelectMany(a => new[] { a, char.ToUpperInvariant(a[0]) + a[1..] }).Distinct(StringComparer.Ordinal).Select(Regex.Escape);
        _leading = new Regex($@"^(?:{string.Join("|", articles)})\s+|^[\p{{Lu}}][\w.-]*['’]s\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _forms = new OrganizationForms(lex);
        _lawKeys = new LawKeys(lex);
        NameSuffixes = lex.Names.NameSuffixes;
        Hypocoristics = lex.Names.Hypocoristics;
    }

    /// <summary>Generational suffixes written after a name ("Jr.", "III").</summary>
    public Lexicon NameSuffixes { get; private init; } = null!;

    /// <summary>Short forms of given names and the names they shorten ("bill", "william").</summary>
    public LexiconTable Hypocoristics { get; private init; } = null!;

    // Each type as keys begin ("person:"), made once rather than per key.
    private static readonly Dictionary<EntityType, string> Prefixes =
        Enum.GetValues<EntityType>().ToDictionary(t => t, t => t.ToString().ToLowerInvariant() + ":");

    private static string PrefixOf(EntityType type) => Prefixes.TryGetValue(type, out var prefix) ? prefix : type.ToString().ToLowerInvariant() + ":";

    public IEnumerable<string> Of(EntityMention m)
    {
        string t = PrefixOf(m.Type);
        yield return NameKey(m.Type, m.Name);
        if (m.Type == EntityType.Person) yield break;
        if (m.Key is not null) yield return string.Concat(t, "key:", m.Key);
        if (m.SameAs is not null) yield return Slug.Concat(t, Clean(m.SameAs), [], []);
        foreach (var k in m.EquivalentKeys) yield return string.Concat(t, "key:", k);
        if (m.Type == EntityType.Law) yield return string.Concat(t, "key:", _lawKeys.Of(m.Name));
        if (m.Type != EntityType.Organization) yield break;
        foreach (var name in m.SameAs is null ? [m.Name] : new[] { m.Name, m.SameAs })
        {
            string clean = Clean(name);
            if (_forms.OfForm(clean) is { } ofForm) yield return Slug.Concat(t, ofForm, [], []);
            if (_forms.ContentKey(clean) is { } content) yield return string.Concat(t, "content:", content);
        }
    }

    /// <summary>The key a name of the type has as a mention's own name ("person:ana-reyes").</summary>
    public string NameKey(EntityType type, string name) => Slug.Concat(PrefixOf(type), Clean(name), [], []);

    /// <summary>A name without a leading article or possessive owner.</summary>
    public string Clean(string name) => _leading.Replace(name.Trim(), "");
}
