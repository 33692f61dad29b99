using Knowledge.Lexicons;
using Knowledge.Syntax;
using L = Knowledge.Lexicons.TokenLexicons;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Finds organisations whose names carry no head word ("Zentra", "ACME") from their context: after a
/// noun for a kind of body ("the payments firm Zentra", "non-profits X, Y and Z"), as the agent of
/// organising or producing ("an event hosted by Zentra"), as the source after "according to", or
/// listed beside organisations already found ("the Trade Council, Zentra and Polvo"). A candidate is
/// a capitalised run no other rule claimed (so not a person), or an acronym no text defined; places,
/// titles and common capitalised words never qualify.
/// </summary>
internal sealed class OrganizationContext
{
    private readonly LexiconSet _lex;
    private readonly OrganizationCues _cues;

    [ThreadStatic]
    private static List<NameChunk>? t_candidates;

    [ThreadStatic]
    private static List<NameChunk>? t_parts;

    [ThreadStatic]
    private static HashSet<NameChunk>? t_chosen;

    public OrganizationContext(LexiconSet lexicons)
    {
        _lex = lexicons;
        _cues = new OrganizationCues(lexicons);
    }

    public void Find(Doc doc, EntityMentionSet found)
    {
        OrganizationPosts.Extend(doc, found, _lex);
        var table = doc.TokenTable(_lex);
        // Kept per thread and emptied per sentence: nothing holds them past the pass.
        var candidates = t_candidates ??= [];
        var parts = t_parts ??= [];
        var chosen = t_chosen ??= [];
        foreach (var s in doc.Sentences)
        {
            // The runs the capitalised-names pass chunked (issue 18, item 4: each sentence is chunked once).
            candidates.Clear();
            var chunks = NameChunker.Chunks(doc, s, _lex);
            for (int k = 0; k < chunks.Length; k++)
            {
                var chunk = chunks[k];
                parts.Clear();
                SplitAtAnd(table, chunk, parts);
                foreach (var part in parts)
                {
                    var c = _cues.AcronymBeforeTitle(doc, part);
                    if (IsCandidate(table, c, found) && !IsCommonPhrase(table, s, c)) candidates.Add(c);
                }
            }
            if (candidates.Count == 0) continue;
            chosen.Clear();
            foreach (var c in candidates)
                if (IsAfterKind(doc, c.FirstToken) || IsAfterAgentVerb(doc, c.FirstToken) || IsAfterAccordingTo(doc, c.FirstToken) || _cues.Marks(doc, c, found))
                    chosen.Add(c);
            // Lists: a candidate next to an organisation (found or chosen) is one too, until nothing changes.
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (var c in candidates)
                {
                    if (chosen.Contains(c)) continue;
                    if (IsListedWithOrganization(doc, c, found, chosen) && !ListFollowsTitle(doc, c)) { chosen.Add(c); changed = true; }
                }
            }
            // The candidates are in token order (chunks and their parts are), so the chosen are added in that order.
            foreach (var c in candidates)
                if (chosen.Contains(c)) Add(doc, c, found);
        }
    }

    private static void Add(Doc doc, NameChunk c, EntityMentionSet found)
    {
        int start = doc.Tokens[c.FirstToken].Start, end = doc.Tokens[c.EndToken - 1].End;
        EntityMention? weak = null;
        var overlapping = (IReadOnlyList<EntityMention>)found.Overlapping(start, end);
        for (int i = 0; i < overlapping.Count && weak is null; i++)
            if (overlapping[i].IsWeak) weak = overlapping[i];
        string text = doc.Slice(start, end);
        var mention = c.Count == 1 && Acronyms.IsAcronym(doc, doc.Tokens[c.FirstToken]) && OrganizationCues.Expansion(found, text) is { } body
            ? new EntityMention(EntityType.Organization, start, end, body.Name, EntityRuleIds.OrganizationContext) { Key = body.Key, SameAs = text }
            : new EntityMention(EntityType.Organization, start, end, text, EntityRuleIds.OrganizationContext);
        if (weak is not null) found.Replace(weak, mention);
        else found.Add(mention);
    }

    private bool IsCandidate(TokenTable table, NameChunk c, EntityMentionSet found)
    {
        if (c.Count > 4) return false;
        var doc = table.Doc;
        var tokens = table.Tokens;
        int start = tokens[c.FirstToken].Start, end = tokens[c.EndToken - 1].End;
        // Free, or taken only by a weak mention of exactly this range.
        int taken = found.CountOverlapping(start, end, out var only);
        if (taken > 0 && !(taken == 1 && only!.IsWeak && only.Start == start && only.End == end)) return false;
        var text = doc.SpanOf(start, end);
        // "the ZNTB-led consortium": a name with a lower-case hyphenated ending is a modifier.
        int hyphen = text.LastIndexOf('-');
        if (hyphen > 0 && hyphen < text.Length - 1 && AllLower(text[(hyphen + 1)..])) return false;
        // A one-token name's Place and Month bits are the two lists' answers for its text.
        if (c.Count == 1 ? table.Has(c.FirstToken, L.Place | L.Month) : _lex.Names.Places.Contains(text) || _lex.English.Months.Contains(text)) return false;
        if (table.Has(c.FirstToken, L.CommonCapitalized | L.Nationality | L.OrganizationKind)) return false;
        for (int i = c.FirstToken; i < c.EndToken; i++)
            if (table.Has(i, L.PersonTitle | L.HonorificTrimmed | L.LawHead)) return false;
        return true;
    }

    private static bool AllLower(ReadOnlySpan<char> text)
    {
        foreach (char ch in text)
            if (!char.IsLower(ch)) return false;
        return true;
    }

    /// <summary>"Sexual Abuse", "Ultimately" opening a sentence: common words only, more than one or capitalised only by the sentence start.</summary>
    private static bool IsCommonPhrase(TokenTable table, Sentence s, NameChunk c)
    {
        if (!(c.Count > 1 || c.FirstToken == s.FirstToken)) return false;
        for (int i = c.FirstToken; i < c.EndToken; i++)
            if (!table.Has(i, L.Common)) return false;
        return true;
    }

    private static void SplitAtAnd(TokenTable table, NameChunk c, List<NameChunk> parts)
    {
        int start = c.FirstToken;
        for (int i = c.FirstToken; i < c.EndToken; i++)
        {
            if (!table.Has(i, L.AndConjunction)) continue;
            if (i > start) parts.Add(new NameChunk(start, i));
            start = i + 1;
            while (start < c.EndToken && NameChunker.IsConnector(table, start)) start++;
            i = start - 1;
        }
        if (start < c.EndToken) parts.Add(new NameChunk(start, c.EndToken));
    }

    /// <summary>"the tech company X", "non-profits X": a kind-of-body noun right before the name (an adjective such as "Australian" may sit between).</summary>
    private bool IsAfterKind(Doc doc, int first)
    {
        int k = first - 1;
        return k >= 0 && _lex.Organizations.Kinds.Contains(doc.SpanOf(doc.Tokens[k])) && char.IsLower(doc.Text[doc.Tokens[k].Start]);
    }

    /// <summary>"an event hosted by Zentra": a verb of organising or producing and "by" right before the name.</summary>
    private bool IsAfterAgentVerb(Doc doc, int first) =>
        first >= 2 && _lex.Organizations.AgentPhrases.Contains(TwoWordsBefore(doc, first, stackalloc char[TwoWordsLength]));

    /// <summary>"according to ACME": a source phrase right before an acronym.</summary>
    private bool IsAfterAccordingTo(Doc doc, int first) =>
        first >= 2 && _lex.Organizations.SourcePhrases.Contains(TwoWordsBefore(doc, first, stackalloc char[TwoWordsLength]))
        && Acronyms.IsAcronym(doc, doc.Tokens[first]);

    private const int TwoWordsLength = 64;

    /// <summary>The two words before the token <paramref name="first"/> joined by one space, in the buffer when they fit, else copied.</summary>
    private static ReadOnlySpan<char> TwoWordsBefore(Doc doc, int first, Span<char> buffer)
    {
        var a = doc.SpanOf(doc.Tokens[first - 2]);
        var b = doc.SpanOf(doc.Tokens[first - 1]);
        if (a.Length + 1 + b.Length > buffer.Length) return string.Concat(a, " ", b);
        a.CopyTo(buffer);
        buffer[a.Length] = ' ';
        b.CopyTo(buffer[(a.Length + 1)..]);
        return buffer[..(a.Length + 1 + b.Length)];
    }

    private bool IsListedWithOrganization(Doc doc, NameChunk c, EntityMentionSet found, HashSet<NameChunk> chosen)
    {
        var tokens = doc.Tokens;
        // Before: "ORG, C" / "ORG and C"; after: "C, ORG" / "C and (the) ORG"; an aside in parentheses after
        // either name is passed over ("ORG (formerly X), C"), and so is a kind of body before the next one
        // ("C, and chat company ORG").
        int b = c.FirstToken - 1;
        if (b >= 0 && doc.SpanOf(tokens[b]) is ")") b = Opening(doc, b) - 1;
        int sepEnd = b;
        while (b >= 0 && IsListSeparator(doc, tokens[b])) b--;
        if (b < sepEnd && b >= 0 && doc.SpanOf(tokens[b]) is ")") b = Opening(doc, b) - 1;
        if (b < sepEnd && b >= 0 && IsOrganizationAt(doc, b, found, chosen, end: true)) return true;
        int a = c.EndToken;
        if (a < tokens.Length && doc.SpanOf(tokens[a]) is "(") a = Closing(doc, a) + 1;
        int sepStart = a;
        while (a < tokens.Length && IsListSeparator(doc, tokens[a])) a++;
        if (a == sepStart) return IsAside(doc, c, found, chosen);
        for (int k = a; k < tokens.Length && k < a + 3 && char.IsLower(doc.Text[tokens[k].Start]); k++)
            if (_lex.Organizations.Kinds.Contains(doc.SpanOf(tokens[k]))) { a = k + 1; break; }
        return (a < tokens.Length && IsOrganizationAt(doc, a, found, chosen, end: false)) || IsAside(doc, c, found, chosen);
    }

    /// <summary>"ORG (formerly X, including Y)": a name in a parenthesised aside that opens with a lower-case word after an organisation.</summary>
    private static bool IsAside(Doc doc, NameChunk c, EntityMentionSet found, HashSet<NameChunk> chosen)
    {
        var tokens = doc.Tokens;
        for (int i = c.FirstToken - 1; i >= 1; i--)
        {
            var w = doc.SpanOf(tokens[i]);
            if (w is ")" || tokens[i].Kind == TokenKind.Terminal) return false;
            if (w is "(") return i + 1 < c.FirstToken && char.IsLower(doc.Text[tokens[i + 1].Start]) && IsOrganizationAt(doc, i - 1, found, chosen, end: true);
        }
        return false;
    }

    private static int Opening(Doc doc, int close)
    {
        for (int i = close - 1; i >= 0 && i > close - 12; i--) if (doc.SpanOf(doc.Tokens[i]) is "(") return i;
        return close;
    }

    private static int Closing(Doc doc, int open)
    {
        for (int i = open + 1; i < doc.Tokens.Length && i < open + 12; i++) if (doc.SpanOf(doc.Tokens[i]) is ")") return i;
        return open;
    }

    /// <summary>"Director of Sales, Media and Outreach": a list right after a job title names its departments, not bodies.</summary>
    private bool ListFollowsTitle(Doc doc, NameChunk c)
    {
        var tokens = doc.Tokens;
        for (int i = c.FirstToken - 1; i >= 0; i--)
        {
            var t = tokens[i];
            var w = doc.SpanOf(t);
            if (_lex.Titles.PersonTitles.Contains(w)) return true;
            if (_lex.Entities.OpenerPrepositions.Contains(w)) return i > 0 && _lex.Titles.PersonTitles.Contains(doc.SpanOf(tokens[i - 1]));
            if (!(IsListSeparator(doc, t) || NameChunker.IsNameToken(doc, t))) return false;
        }
        return false;
    }

    private bool IsListSeparator(Doc doc, Token t) => _lex.Entities.ListSeparators.Contains(doc.SpanOf(t));

    private static bool IsOrganizationAt(Doc doc, int i, EntityMentionSet found, HashSet<NameChunk> chosen, bool end)
    {
        var t = doc.Tokens[i];
        var overlapping = (IReadOnlyList<EntityMention>)found.Overlapping(t.Start, t.End);
        for (int k = 0; k < overlapping.Count; k++)
            if (overlapping[k].Type == EntityType.Organization && !overlapping[k].IsWeak) return true;
        foreach (var c in chosen)
            if ((end ? c.EndToken - 1 : c.FirstToken) == i) return true;
        return false;
    }
}
