using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Resolves the source of reported speech when the text names it by a pronoun or a nominal rather than
/// a name (Citron's coreference step, by rules): "he"/"she" and a title ("the senator") → the last person
/// named; "the report"/"the study" → the work last described with that head, credited to the work's
/// entity or its publisher ("a study by X", "X's report"); "they" and a group nominal ("the survivor
/// leaders") → the organisation they stand for: the nearest organisation named as a sentence's subject,
/// or the most-mentioned organisation whose name shares the nominal's word ("survivors" → "… Survivor Network").
/// </summary>
internal sealed partial class SourceResolver
{
    private readonly QuoteContext _context;
    private readonly Doc _doc;
    private readonly LexiconSet _lex;
    private readonly List<EntityMention> _speakers;
    private DescribedWorks? _works;

    public SourceResolver(QuoteContext context)
    {
        _context = context;
        _doc = context.Doc;
        _lex = context.Lexicons;
        _speakers = SpeakersInOrder(_doc);
        Roles = new RoleNominals(_doc, _lex, _speakers);
        Styles = new StyleNominals(_doc, _lex, _speakers);
    }

    /// <summary>Persons named by a style of address alone ("His Highness", "the Sheikh").</summary>
    public StyleNominals Styles { get; }

    /// <summary>Persons named by a role noun ("the minister", "an official of X").</summary>
    public RoleNominals Roles { get; }

    // The speaker mentions by start. A document's mentions are kept in that order already, so a loop gathers them;
    // the stable sort is the fallback that gives the same list for mentions out of order.
    private static List<EntityMention> SpeakersInOrder(Doc doc)
    {
        // Counted first: the list is sized to the speakers, not to every mention (places, laws and dates too).
        int count = 0;
        foreach (var e in doc.Entities)
            if (IsSpeakerType(e)) count++;
        var speakers = new List<EntityMention>(count);
        bool ordered = true;
        foreach (var e in doc.Entities)
        {
            if (!IsSpeakerType(e)) continue;
            if (speakers.Count > 0 && speakers[^1].Start > e.Start) ordered = false;
            speakers.Add(e);
        }
        return ordered ? speakers : speakers.OrderBy(e => e.Start).ToList();
    }

    /// <summary>Persons, organisations and works can speak.</summary>
    public static bool IsSpeakerType(EntityMention e) => e.Type is EntityType.Person or EntityType.Organization or EntityType.Work;

    /// <summary>The speaker mentions, in text order.</summary>
    public IReadOnlyList<EntityMention> Speakers => _speakers;

    /// <summary>The last person named before the offset.</summary>
    public EntityMention? LastPerson(int offset)
    {
        // A mention starting after the offset ends after it: only those before the first such can end by it.
        for (int k = SpeakerIndexAtOrAfter(offset + 1) - 1; k >= 0; k--)
            if (_speakers[k].Type == EntityType.Person && _speakers[k].End <= offset) return _speakers[k];
        return null;
    }

    /// <summary>The index in <see cref="Speakers"/> of the first mention starting at or after the offset (the count when none).</summary>
    public int SpeakerIndexAtOrAfter(int offset)
    {
        int lo = 0, hi = _speakers.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_speakers[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The first organisation mention in [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    private EntityMention? FirstOrganizationWithin(int from, int to)
    {
        for (int k = SpeakerIndexAtOrAfter(from); k < _speakers.Count && _speakers[k].Start <= to; k++)
            if (_speakers[k].Type == EntityType.Organization && _speakers[k].End <= to) return _speakers[k];
        return null;
    }

    /// <summary>
    /// The source a subject phrase (tokens <paramref name="first"/> to <paramref name="last"/>, inclusive) denotes,
    /// when it is a pronoun or a nominal; <paramref name="resolved"/> is false when the phrase is no source at all.
    /// A source the text denotes but no entity carries (a report never named) is null with <paramref name="resolved"/> true.
    /// </summary>
    public EntityMention? Resolve(int first, int last, out bool resolved)
    {
        resolved = false;
        var tokens = _doc.Tokens;
        var head = _doc.SpanOf(tokens[last]);
        int start = tokens[first].Start;
        if (first == last && _lex.Quotes.Is(head, QuoteWordRole.PersonPronoun))
        {
            var p = LastPerson(start);
            resolved = p is not null;
            return p;
        }
        if (first == last && _lex.Quotes.Is(head, QuoteWordRole.GroupPronoun)) return Group(start, [], out resolved);
        // The narrative's "we" is the publishing organisation: the one the document mentions most.
        if (first == last && _lex.Quotes.Is(head, QuoteWordRole.PublisherPronoun)) return Publisher(start, out resolved);
        // "His Highness", "HH", "the Sheikh": a style of address alone stands for the person who bears it.
        if (Style(first, last) is { } bearer)
        {
            resolved = true;
            return bearer;
        }
        bool determined = _lex.Quotes.Is(_doc.SpanOf(tokens[first]), QuoteWordRole.NominalDeterminer);
        if (determined && _lex.Works.DocumentNouns.Contains(head))
        {
            resolved = true;
            return Work(first, last, head.ToString());
        }
        if (determined && _lex.Quotes.GroupNouns.Contains(head))
        {
            var words = new List<string>(last - first);
            for (int i = first + 1; i <= last; i++) words.Add(_doc.TextOf(tokens[i]));
            return Group(start, words, out resolved);
        }
        if (determined && last - first <= 3 && Roles.IsRoleNoun(head))
        {
            // "the minister", "the ACME official": the organisation inside the phrase says where the person works.
            var org = FirstOrganizationWithin(start, tokens[last].Start);
            var p = Roles.Resolve(head.ToString(), org, start);
            resolved = p is not null;
            return p;
        }
        // A capitalised name that the text earlier gave to a study or report ("the X study by Y" … "X estimates").
        if (char.IsUpper(_doc.Text[start]) && NamedWork(first, last) is { } named)
        {
            resolved = true;
            return named;
        }
        return null;
    }

    /// <summary>The bearer of the style of address the phrase is, after an article ("the Sheikh"), or null.</summary>
    public EntityMention? Style(int first, int last)
    {
        var w = _doc.SpanOf(_doc.Tokens[first]);
        int start = first < last && _lex.Quotes.Is(w, QuoteWordRole.NominalDeterminer) && !_lex.Quotes.Is(w, QuoteWordRole.PersonPossessive) ? first + 1 : first;
        return Styles.IsStyle(start, last) ? Styles.Resolve(start, last) : null;
    }

    /// <summary>"the report": the last work described before with that head noun (or any work), as its entity or its publisher.</summary>
    private EntityMention? Work(int first, int last, string head)
    {
        // The phrase itself may carry a name: "the annual X (ACR) report".
        // An acronym inside the phrase that the text never defines ("the TIP report") names the work, not a speaker.
        var own = _speakers.FirstOrDefault(e => e.Start >= _doc.Tokens[first].Start && e.End <= _doc.Tokens[last].End && !IsUndefinedAcronym(e));
        if (own is not null) return own;
        int before = _doc.Tokens[first].Start;
        return Works.LatestWithHead(before, head)
            ?? NominalSpeakers.Behind(_context, last, before)
            ?? Works.Latest(before);
    }

    private EntityMention? NamedWork(int first, int last)
    {
        int before = _doc.Tokens[first].Start;
        var name = _doc.SpanOf(before, _doc.Tokens[last].End);
        // Every work the index holds for a question before this offset has its name in the text starting before it
        // (a name ends before its head noun; a work mention starts at or before the head it covers). A name the text
        // does not hold earlier cannot match, and one vectorised search is far cheaper than reading the document's works.
        if (!OccursStartingBefore(_doc.Text, name, before)) return null;
        return Works.LatestNamed(before, name);
    }

    /// <summary>Whether <paramref name="name"/> occurs in <paramref name="text"/> at a position before <paramref name="before"/>.</summary>
    internal static bool OccursStartingBefore(string text, ReadOnlySpan<char> name, int before)
    {
        if (before <= 0 || name.IsEmpty) return false;
        int reach = Math.Min(text.Length, before - 1 + name.Length);
        return text.AsSpan(0, reach).IndexOf(name) >= 0;
    }

    /// <summary>An acronym the text never defines ("the TIP report"): it names a work rather than a speaker.</summary>
    internal static bool IsUndefinedAcronym(EntityMention e) => e.IsWeak;

    private DescribedWorks Works => _works ??= new DescribedWorks(_context, _speakers);
}
