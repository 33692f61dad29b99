using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Roles;

/// <summary>
/// Finds the titles a text gives people: an appositive after the name ("X, Executive Director of
/// the Y", "X, Y's Director of Z", "X, PSN Chairperson"), and a title written before the name
/// ("Senator X", "Vice Mayor X"; courtesy honorifics such as "Mr." or "Atty." are not roles).
/// The organisation is the one named right after "of"/"at" or before the title.
/// </summary>
public sealed partial class RoleRecognizer : IDocComponent
{
    private readonly LexiconSet _lex;
    private readonly TitlePhrases _titles;
    private readonly LowerCaseRoles _lower;
    private readonly RoleWords _words;
    private readonly FrontedTitles _fronted;
    private readonly VerbalTitles _verbal;

    /// <summary>Creates the recogniser over the given lexicons.</summary>
    public RoleRecognizer(LexiconSet lexicons)
    {
        _lex = lexicons;
        _titles = new TitlePhrases(lexicons);
        _words = new RoleWords(lexicons);
        _lower = new LowerCaseRoles(lexicons, _titles, _words);
        _fronted = new FrontedTitles(_titles, _words);
        _verbal = new VerbalTitles(lexicons, _titles, _words);
    }

    /// <summary>Creates the recogniser over the default lexicons.</summary>
    public RoleRecognizer() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "roles";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        // One list of roles and one of persons per thread, reused document after document.
        var roles = t_roles ??= [];
        var persons = t_persons ??= [];
        roles.Clear();
        persons.Clear();
        foreach (var e in doc.Entities)
            if (e.Type == EntityType.Person) persons.Add(e);
        for (int p = 0; p < persons.Count; p++)
        {
            var person = persons[p];
            if (person.Honorific is { } h && RoleTitle(h) is { } title && IsTitle(title))
            {
                // The title opens the mention, or, when plural, stands just before it ("Senators Ana Cruz and …").
                int titleStart = doc.Text.AsSpan(0, person.Start + h.Length).LastIndexOf(h, StringComparison.Ordinal);
                var org = OrganizationBefore(doc, titleStart);
                var role = new RoleMention(titleStart, titleStart + h.Length, title, person, org);
                roles.Add(role);
                // "Senators Ana Cruz (D-Ore.) and Ben Ortiz (R-Ida.)": a plural title covers the whole list.
                // The last word, as Split(' ')[^1] reads it, cut without splitting the others.
                if (_titles.IsPlural(h[(h.LastIndexOf(' ') + 1)..]))
                    foreach (var next in ListFollowers(doc, persons, p)) roles.Add(role with { Person = next });
            }
            Appositive(doc, person, roles);
            _lower.Before(doc, person, roles);
            if (_fronted.Before(doc, person) is { } fronted) roles.Add(fronted);
            _verbal.For(doc, person, roles);
            _lower.ListIntroduction(doc, person, roles);
            if (_lower.NextLineTitle(doc, person) is { } line && IsTitle(line.Title)) roles.Add(line);
        }
        var found = ImmutableArray.Create(CollectionsMarshal.AsSpan(roles));
        roles.Clear();
        persons.Clear();
        return doc with { Roles = found };
    }

    /// <summary>
    /// The role an honorific gives (<see cref="TitlePhrases.RoleTitle"/>), kept per honorific: a corpus writes few distinct
    /// ones ("Mr.", "Senator") for many persons, and each reading splits and joins the phrase's words. Bounded, so a
    /// stream of distinct honorifics cannot grow it without end; past the bound a title is read anew.
    /// </summary>
    private string? RoleTitle(string honorific)
    {
        if (_roleTitles.TryGetValue(honorific, out var title)) return title;
        title = _titles.RoleTitle(honorific);
        if (_roleTitles.Count < MaxRoleTitles) _roleTitles.TryAdd(honorific, title);
        return title;
    }

    private const int MaxRoleTitles = 4096;

    // Shared by the threads that analyse documents with this recogniser: what TitlePhrases reads never changes.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _roleTitles = new(StringComparer.Ordinal);

    [ThreadStatic] private static List<RoleMention>? t_roles;
    [ThreadStatic] private static List<EntityMention>? t_persons;

    /// <summary>The persons after <paramref name="p"/> that continue a list with it ("A (D-Ore.), B (R-Ida.) and C").</summary>
    private IEnumerable<EntityMention> ListFollowers(Doc doc, List<EntityMention> persons, int p)
    {
        for (int q = p + 1; q < persons.Count; q++)
        {
            var gap = doc.Slice(persons[q - 1].End, Math.Max(persons[q - 1].End, persons[q].Start));
            if (persons[q].Honorific is not null || !IsListGap(gap)) yield break;
            yield return persons[q];
        }
    }

    /// <summary>
    /// What may stand between two names listed under one plural title: an optional short parenthesis (a
    /// party tag), then a comma, a comma and a joining word, or a joining word ("(D-Ore.), and ").
    /// </summary>
    private bool IsListGap(string gap)
    {
        var rest = gap.AsSpan().TrimStart();
        if (rest.StartsWith("(") && rest.IndexOf(')') is var close and > 1 and <= 26 && !rest[1..close].ContainsAny('(', ')'))
            rest = rest[(close + 1)..].TrimStart();
        if (rest.Length == 0) return false;
        if (rest[0] == ',') rest = rest[1..].TrimStart();
        else if (!char.IsWhiteSpace(rest[^1])) return false;
        rest = rest.TrimEnd();
        return rest.Length == 0 || _words.Is(rest.ToString(), RoleSlot.ListGap);
    }

    /// <summary>"HLA Ambassador Ana Cruz": the organisation written right before a title.</summary>
    private static EntityMention? OrganizationBefore(Doc doc, int start)
    {
        int i = doc.TokenIndexAtOrAfter(start) - 1;
        if (i >= 0 && doc.Tokens[i].Kind == TokenKind.Possessive) i--;
        if (i < 0 || !SameSentence(doc, doc.Tokens[i].Start, start)) return null;
        return MentionAt(doc, doc.Tokens[i].Start) is { Type: EntityType.Organization } org ? org : null;
    }

    private static bool SameSentence(Doc doc, int a, int b) => doc.SentenceIndexAt(a) == doc.SentenceIndexAt(b);

    private bool IsTitle(ReadOnlySpan<char> phrase)
    {
        // The words between spaces, hyphens and commas, read in place.
        var rest = phrase;
        while (rest.Length > 0)
        {
            int cut = rest.IndexOfAny(' ', '-', ',');
            var word = cut < 0 ? rest : rest[..cut];
            if (word.Length > 0 && _titles.IsHead(word)) return true;
            rest = cut < 0 ? default : rest[(cut + 1)..];
        }
        var trimmed = phrase.TrimEnd('.');
        return _lex.Titles.PersonTitles.Contains(trimmed) || _lex.Titles.Honorifics.Contains(trimmed);
    }

    /// <summary>
    /// The first mention, in the document's order, that covers <paramref name="offset"/> among those before the first
    /// that starts after it. When the mentions are sorted by start this is a binary search over the running maximum of
    /// their ends (<see cref="MentionEnds"/>); otherwise the list is walked.
    /// </summary>
    internal static EntityMention? MentionAt(Doc doc, int offset)
    {
        var entities = ImmutableCollectionsMarshal.AsArray(doc.Entities);
        if (entities is not null && MentionEnds.Of(entities) is { } maxEnd)
        {
            // The first mention whose end, or an earlier one's, lies after the offset is the only one that can cover it.
            int lo = 0, hi = entities.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (maxEnd[mid] > offset) hi = mid;
                else lo = mid + 1;
            }
            return lo < entities.Length && entities[lo].Start <= offset ? entities[lo] : null;
        }
        foreach (var e in doc.Entities)
        {
            if (e.Start > offset) break;
            if (e.Start <= offset && offset < e.End) return e;
        }
        return null;
    }
}
