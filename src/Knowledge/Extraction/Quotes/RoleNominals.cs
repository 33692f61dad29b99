using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// A person named by a role noun — "the minister said", "the UNICEF official added", "an official of the
/// Harbor Trust", "the Chairman of the committee flagged" — resolved to the nearest compatible person:
/// one whose title, honorific or surrounding words (the title written before the name or in an appositive
/// after it) carry the role noun or the organisation the phrase names. The nearest such person before the
/// phrase, else the first one named after it; else the last person named before (the older rule for a
/// bare title). Never the organisation the phrase names: it says where the person works.
/// </summary>
internal sealed class RoleNominals
{
    /// <summary>Tokens on each side of a person's mention that may carry its title.</summary>
    private const int Window = 8;

    private readonly Doc _doc;
    private readonly LexiconSet _lex;
    private readonly IReadOnlyList<EntityMention> _speakers;
    private List<EntityMention>? _persons;

    public RoleNominals(Doc doc, LexiconSet lexicons, IReadOnlyList<EntityMention> speakers)
    {
        _doc = doc;
        _lex = lexicons;
        _speakers = speakers;
    }

    // The persons among the speakers, gathered when a role noun is first resolved: most documents resolve none.
    private List<EntityMention> Persons
    {
        get
        {
            if (_persons is not null) return _persons;
            var persons = new List<EntityMention>();
            foreach (var e in _speakers)
                if (e.Type == EntityType.Person) persons.Add(e);
            return _persons = persons;
        }
    }

    /// <summary>Whether a word is a role noun: a job-title head or a noun for a person by what they do.</summary>
    public bool IsRoleNoun(string word) => _lex.Titles.PersonTitles.Contains(word) || _lex.Quotes.PersonNouns.Contains(word);

    /// <summary>Whether a word is a role noun, the word read in place.</summary>
    public bool IsRoleNoun(ReadOnlySpan<char> word) => _lex.Titles.PersonTitles.Contains(word) || _lex.Quotes.PersonNouns.Contains(word);

    /// <summary>The person a role noun at <paramref name="offset"/> stands for, given the organisation its phrase names (or null).</summary>
    public EntityMention? Resolve(string roleNoun, EntityMention? organization, int offset) =>
        Resolve(roleNoun, organization is null ? [] : [organization], offset);

    /// <summary>The person a role noun at <paramref name="offset"/> stands for, given the organisations its phrase names (a name and its acronym).</summary>
    public EntityMention? Resolve(string roleNoun, IReadOnlyList<EntityMention> organizations, int offset)
    {
        bool Fits(EntityMention p) => Carries(p, roleNoun) || organizations.Any(o => Carries(p, o));
        var before = Persons.LastOrDefault(p => p.End <= offset && Fits(p));
        if (before is not null) return before;
        var after = Persons.FirstOrDefault(p => p.Start >= offset && Fits(p));
        return after ?? Persons.LastOrDefault(p => p.End <= offset);
    }

    /// <summary>Whether the person's roles or the words around the mention name the role noun.</summary>
    private bool Carries(EntityMention person, string roleNoun)
    {
        foreach (var r in _doc.Roles)
            if (r.Person.Start == person.Start && HasWord(r.Title, roleNoun)) return true;
        if (person.Honorific is { } h && HasWord(h, roleNoun)) return true;
        return HasWord(Around(person), roleNoun);
    }

    /// <summary>Whether the person holds a role at the organisation, or the words around the mention name it.</summary>
    private bool Carries(EntityMention person, EntityMention organization)
    {
        foreach (var r in _doc.Roles)
            if (r.Person.Start == person.Start && r.Organization is { } o && SameOrganization(o, organization)) return true;
        var around = Around(person);
        var surface = _doc.Slice(organization.Start, organization.End);
        return around.Contains(surface, StringComparison.Ordinal) || around.Contains(organization.Name, StringComparison.Ordinal)
            || organization.SameAs is { } same && around.Contains(same, StringComparison.Ordinal);
    }

    private static bool SameOrganization(EntityMention a, EntityMention b) =>
        a.Name.Equals(b.Name, StringComparison.OrdinalIgnoreCase) || a.SameAs == b.Name || b.SameAs == a.Name;

    /// <summary>The words of the person's sentence within the window before and after the mention, not reaching another person's name.</summary>
    private string Around(EntityMention person)
    {
        int s = _doc.SentenceIndexAt(person.Start);
        if (s < 0) return "";
        var sent = _doc.Sentences[s];
        int from = Math.Max(sent.Start, _doc.Tokens[Math.Max(sent.FirstToken, _doc.TokenIndexAtOrAfter(person.Start) - Window)].Start);
        int to = Math.Min(sent.End, _doc.Tokens[Math.Min(sent.EndToken - 1, _doc.TokenIndexAtOrAfter(person.End) + Window)].End);
        foreach (var other in Persons)
        {
            if (other.End <= person.Start && other.End > from) from = other.End;
            if (other.Start >= person.End && other.Start < to) to = other.Start;
        }
        return to <= from ? "" : _doc.Slice(from, to);
    }

    private static bool HasWord(string text, string word)
    {
        int i = 0;
        while ((i = text.IndexOf(word, i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = i + word.Length;
            bool startOk = i == 0 || !char.IsLetter(text[i - 1]);
            bool endOk = end >= text.Length || !char.IsLetter(text[end]) || text[end] == 's' && (end + 1 >= text.Length || !char.IsLetter(text[end + 1]));
            if (startOk && endOk) return true;
            i = end;
        }
        return false;
    }
}
