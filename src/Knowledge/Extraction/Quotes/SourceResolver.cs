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
internal sealed class SourceResolver
{
    /// <summary>Head nouns of a document that speaks: "the report says", "the study found".</summary>
    public static readonly HashSet<string> WorkNouns = new(StringComparer.OrdinalIgnoreCase)
    { "report", "study", "survey", "paper", "analysis", "research", "assessment", "review", "index", "findings", "audit", "census", "poll", "brief", "letter", "statement" };

    /// <summary>Head nouns of a group of people that speaks: "the survivors wrote", "the group said".</summary>
    public static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    { "survivors", "leaders", "members", "group", "network", "coalition", "alliance", "organisation", "organization", "foundation", "agency", "association", "advocates", "campaigners", "signatories", "union", "police", "government", "ministry", "department", "commission", "council", "company" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    { "the", "this", "that", "its", "their", "these", "a", "an", "his", "her" };

    private readonly Doc _doc;
    private readonly LexiconSet _lex;
    private readonly List<EntityMention> _speakers;

    public SourceResolver(Doc doc, LexiconSet lexicons)
    {
        _doc = doc;
        _lex = lexicons;
        _speakers = doc.Entities.Where(IsSpeakerType).OrderBy(e => e.Start).ToList();
    }

    /// <summary>Persons, organisations and works can speak.</summary>
    public static bool IsSpeakerType(EntityMention e) => e.Type is EntityType.Person or EntityType.Organization or EntityType.Work;

    /// <summary>The speaker mentions, in text order.</summary>
    public IReadOnlyList<EntityMention> Speakers => _speakers;

    /// <summary>The last person named before the offset.</summary>
    public EntityMention? LastPerson(int offset) => _speakers.LastOrDefault(e => e.Type == EntityType.Person && e.End <= offset);

    /// <summary>
    /// The source a subject phrase (tokens <paramref name="first"/> to <paramref name="last"/>, inclusive) denotes,
    /// when it is a pronoun or a nominal; <paramref name="resolved"/> is false when the phrase is no source at all.
    /// A source the text denotes but no entity carries (a report never named) is null with <paramref name="resolved"/> true.
    /// </summary>
    public EntityMention? Resolve(int first, int last, out bool resolved)
    {
        resolved = false;
        var tokens = _doc.Tokens;
        string head = _doc.TextOf(tokens[last]);
        int start = tokens[first].Start;
        if (first == last && head is "He" or "he" or "She" or "she")
        {
            var p = LastPerson(start);
            resolved = p is not null;
            return p;
        }
        if (first == last && head is "They" or "they") return Group(start, [], out resolved);
        // The narrative's "we" is the publishing organisation: the one the document mentions most.
        if (first == last && head is "We" or "we") return Publisher(start, out resolved);
        bool determined = Determiners.Contains(_doc.TextOf(tokens[first]));
        if (determined && WorkNouns.Contains(head))
        {
            resolved = true;
            return Work(first, last, head);
        }
        if (determined && GroupNouns.Contains(head))
        {
            var words = Enumerable.Range(first + 1, last - first).Select(i => _doc.TextOf(tokens[i])).ToList();
            return Group(start, words, out resolved);
        }
        if (determined && last - first <= 2 && _lex.Titles.PersonTitles.Contains(head))
        {
            var p = LastPerson(start);
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

    /// <summary>The group or organisation a plural pronoun or group nominal stands for.</summary>
    public EntityMention? Group(int offset, IReadOnlyList<string> nominalWords, out bool resolved)
    {
        resolved = false;
        var orgs = _speakers.Where(e => e.Type == EntityType.Organization && e.End <= offset).ToList();
        if (orgs.Count == 0) return null;
        var stems = nominalWords.Where(w => w.Length >= 4 && !_lex.Names.Places.Contains(w) && !_lex.Names.Nationalities.Contains(w)).Select(Stem).ToHashSet(StringComparer.Ordinal);
        if (stems.Count > 0 || nominalWords.Count > 0)
        {
            var sharing = orgs.Where(o => o.Name.Split(' ').Any(w => stems.Contains(Stem(w)))).ToList();
            if (sharing.Count == 0) return null;
            resolved = true;
            return MostMentioned(sharing, orgs);
        }
        // "they": the nearest organisation before that opened a sentence as its subject, in this or the previous two paragraphs.
        int block = _doc.BlockIndexAt(offset);
        var subject = orgs.LastOrDefault(o => _doc.BlockIndexAt(o.Start) >= block - 2 && OpensSentence(o));
        // Else the organisation the document is about: the one mentioned most, at least three times.
        if (subject is not null) { resolved = true; return subject; }
        return Publisher(offset, out resolved);
    }

    /// <summary>The organisation mentioned most before the offset, when it is mentioned at least three times.</summary>
    public EntityMention? Publisher(int offset, out bool resolved)
    {
        var orgs = _speakers.Where(e => e.Type == EntityType.Organization && e.End <= offset).ToList();
        var main = orgs.Count == 0 ? null : MostMentioned(orgs, orgs);
        resolved = main is not null && orgs.Count(o => SameOrganization(o, main)) >= 3;
        return resolved ? main : null;
    }

    /// <summary>The mention of the entity mentioned most often among <paramref name="candidates"/>, counting acronyms whose letters spell its name; the latest on a tie.</summary>
    private static EntityMention MostMentioned(List<EntityMention> candidates, List<EntityMention> all)
    {
        EntityMention best = candidates[^1];
        int bestCount = -1;
        for (int k = candidates.Count - 1; k >= 0; k--)
        {
            var c = candidates[k];
            int count = all.Count(o => SameOrganization(o, c));
            if (count > bestCount) (best, bestCount) = (c, count);
        }
        return best;
    }

    private static bool SameOrganization(EntityMention a, EntityMention b) =>
        a.Name.Equals(b.Name, StringComparison.OrdinalIgnoreCase) || Initials(a.Name) == b.Name || Initials(b.Name) == a.Name;

    private static string Initials(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());

    private static string Stem(string w)
    {
        var s = w.ToLowerInvariant().TrimEnd('s');
        return s.Length > 6 ? s[..6] : s;
    }

    private bool OpensSentence(EntityMention m)
    {
        int si = _doc.SentenceIndexAt(m.Start);
        if (si < 0) return false;
        var s = _doc.Sentences[si];
        int words = 0;
        for (int i = s.FirstToken; i < s.EndToken && _doc.Tokens[i].Start < m.Start; i++)
            if (_doc.Tokens[i].Kind == TokenKind.Word) words++;
        return words <= 1;
    }

    /// <summary>"the report": the last work described before with that head noun (or any work), as its entity or its publisher.</summary>
    private EntityMention? Work(int first, int last, string head)
    {
        // The phrase itself may carry a name: "the annual X (ACR) report".
        // An acronym inside the phrase that the text never defines ("the TIP report") names the work, not a speaker.
        var own = _speakers.FirstOrDefault(e => e.Start >= _doc.Tokens[first].Start && e.End <= _doc.Tokens[last].End && e.Rule != "bare-acronym");
        if (own is not null) return own;
        int before = _doc.Tokens[first].Start;
        return LatestWork(before, Works.ByHead, head.ToLowerInvariant())
            ?? NominalSpeakers.Behind(_doc, last, before)
            ?? LatestWork(before, Works.ByHead, "");
    }

    private EntityMention? NamedWork(int first, int last)
    {
        string name = _doc.Slice(_doc.Tokens[first].Start, _doc.Tokens[last].End);
        return LatestWork(_doc.Tokens[first].Start, Works.ByName, name);
    }

    /// <summary>
    /// Works the text describes before the offset: a head noun ("study") with the capitalised name before it
    /// ("the Scale of Life prevalence study") and its source: a work entity covering it, the entity after
    /// "by"/"from"/"of" ("study by X"), a possessive before it ("X's report") or an entity inside its name.
    /// </summary>
    /// <summary>
    /// The source of the latest work described before the offset whose key (a head noun, a name, or ""
    /// for any) is given. The document's works are read once, and indexed by key with the positions of
    /// those that have a source: a paragraph of many sentences asks for each of them, and a scan back
    /// over every work for each would be quadratic.
    /// </summary>
    private static EntityMention? LatestWork(int before, Dictionary<string, List<(int End, EntityMention Source)>> index, string key)
    {
        if (!index.TryGetValue(key, out var list)) return null;
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (list[mid].End <= before) lo = mid + 1; else hi = mid;
        }
        return lo > 0 ? list[lo - 1].Source : null;
    }

    private WorkIndex? _works;

    private WorkIndex Works => _works ??= new WorkIndex(AllWorkDescriptions());

    /// <summary>The document's described works that have a source, by head noun (lower case; "" for all) and by name, in text order.</summary>
    private sealed class WorkIndex
    {
        public WorkIndex(IEnumerable<(int End, string Head, string Name, EntityMention? Source)> works)
        {
            foreach (var (end, head, name, source) in works)
            {
                if (source is null) continue;
                Add(ByHead, head.ToLowerInvariant(), end, source);
                Add(ByHead, "", end, source);
                Add(ByName, name, end, source);
            }
        }

        public Dictionary<string, List<(int End, EntityMention Source)>> ByHead { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(int End, EntityMention Source)>> ByName { get; } = new(StringComparer.Ordinal);

        private static void Add(Dictionary<string, List<(int End, EntityMention Source)>> index, string key, int end, EntityMention source)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add((end, source));
        }
    }

    /// <summary>Every work the document describes, in text order, with the end of its head noun.</summary>
    private IEnumerable<(int End, string Head, string Name, EntityMention? Source)> AllWorkDescriptions()
    {
        var tokens = _doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            var w = _doc.TextOf(tokens[i]);
            if (!WorkNouns.Contains(w)) continue;
            var work = _speakers.FirstOrDefault(e => e.Type == EntityType.Work && e.Start <= tokens[i].Start && e.End >= tokens[i].End);
            if (work is not null) { yield return (tokens[i].End, w, _doc.Slice(work.Start, work.End), work); continue; }
            // The capitalised name: back over at most two lowercase modifiers, then capitalised words and connectors.
            int j = i - 1, mods = 0;
            while (j >= 0 && mods < 2 && tokens[j].Kind == TokenKind.Word && char.IsLower(_doc.Text[tokens[j].Start]) && !Determiners.Contains(_doc.TextOf(tokens[j]))) { j--; mods++; }
            int nameEnd = j;
            while (j >= 0 && (IsCapitalised(tokens[j]) || (j < nameEnd && _doc.TextOf(tokens[j]) is "of" or "in" or "on" or "for" or "and") || _doc.TextOf(tokens[j]) is "(" or ")" or "*")) j--;
            int nameStart = j + 1;
            while (nameStart <= nameEnd && (!IsCapitalised(tokens[nameStart]) || Determiners.Contains(_doc.TextOf(tokens[nameStart])))) nameStart++;
            while (nameEnd >= nameStart && !IsCapitalised(tokens[nameEnd]) && !(tokens[nameEnd].Kind == TokenKind.Punctuation && _doc.TextOf(tokens[nameEnd]) == ")")) nameEnd--;
            string name = nameStart <= nameEnd ? _doc.Slice(tokens[nameStart].Start, tokens[nameEnd].End).Trim('*', ' ') : "";
            EntityMention? source = null;
            int k = i + 1;
            if (k + 1 < tokens.Length && _doc.TextOf(tokens[k]) is "by" or "from" or "of")
                source = _speakers.FirstOrDefault(e => e.Start >= tokens[k + 1].Start && e.Start <= tokens[Math.Min(k + 2, tokens.Length - 1)].Start);
            if (source is null && nameStart <= nameEnd)
                source = _speakers.FirstOrDefault(e => e.Type != EntityType.Person && e.Rule != "bare-acronym" && e.Start >= tokens[nameStart].Start && e.End <= tokens[nameEnd].End);
            if (source is null && j >= 1 && tokens[j].Kind == TokenKind.Possessive)
                source = _speakers.LastOrDefault(e => e.End == tokens[j - 1].End);
            yield return (tokens[i].End, w, name, source);
        }
    }

    private bool IsCapitalised(Token t) => t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(_doc.Text[t.Start]);
}
