using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Roles;

/// <summary>
/// Roles written in lower case or outside the "Name, Title" pattern: a title before the name ("vice
/// mayor Ana Cruz", "our founder Sir Ben Ortiz"), a lower-case appositive ("Ana*, a survivor leader",
/// "Ben Ortiz, former chief of …"), a title clause before the name (", lead counsel for the case, Ana
/// Cruz said"), a plural title introducing a list of names ("survivor leaders Ana, Bea and Cora"), and
/// a title on the line after a name on a line of its own (a press release's contact block).
/// </summary>
internal sealed class LowerCaseRoles
{
    private readonly TitlePhrases _titles;
    private readonly RoleWords _words;
    private readonly Lexicon _articles;
    private readonly LexiconSet _lex;

    public LowerCaseRoles(LexiconSet lex, TitlePhrases titles, RoleWords words)
    {
        _titles = titles;
        _words = words;
        _articles = lex.English.Articles;
        _lex = lex;
    }

    /// <summary>
    /// Skips what may follow a name before its appositive: a pseudonym star ("Ana*"), a parenthesis
    /// ("(not her real name)") and post-nominal letters (", MNSA"). Returns the next token index.
    /// </summary>
    public static int SkipNameMarks(Doc doc, int i, int end)
    {
        var t = doc.Tokens;
        if (i < end && doc.SpanOf(t[i]) is "*") i++;
        if (i < end && doc.SpanOf(t[i]) is "(")
        {
            int close = i + 1;
            while (close < end && close - i <= 8 && doc.SpanOf(t[close]) is not ")") close++;
            if (close < end && doc.SpanOf(t[close]) is ")") i = close + 1;
        }
        if (i + 2 < end && doc.SpanOf(t[i]) is "," && doc.SpanOf(t[i + 2]) is "," && IsPostNominal(doc.SpanOf(t[i + 1]))) i += 2;
        return i;
    }

    private static bool IsPostNominal(ReadOnlySpan<char> w) => w.Length is >= 2 and <= 6 && RoleText.AllUpper(w);

    /// <summary>
    /// A lower-case title starting at token <paramref name="i"/> after "Name,": "[now|also] [a|another|one
    /// of the] survivor leader"; <paramref name="after"/> is the token after the title and its "of Org" part.
    /// </summary>
    public RoleMention? Appositive(Doc doc, EntityMention person, int i, int end, out int after)
    {
        var t = doc.Tokens;
        after = i;
        if (i < end && _words.Is(doc.SpanOf(t[i]), RoleSlot.AppositiveAdverb)) i++;
        if (i < end && _words.Is(doc.SpanOf(t[i]), RoleSlot.AppositiveDeterminer)) i++;
        bool plural = false;
        if (_words.PhraseAt(doc, i, end, RoleSlot.Partitive) is var partitive and > 0) { i += partitive; plural = true; }
        int titleEnd = TitleEnd(doc, i, end);
        if (titleEnd < 0) return null;
        string title = doc.Slice(t[i].Start, t[titleEnd - 1].End);
        if (plural) title = _titles.Singular(title);
        EntityMention? org = null;
        int k = titleEnd;
        if (k + 1 < end && _words.Is(doc.SpanOf(t[k]), RoleSlot.LowerTitleOrganization))
        {
            int o = k + 1;
            if (o < end && _words.Is(doc.SpanOf(t[o]), RoleSlot.OrganizationArticle)) o++;
            if (o < end && RoleRecognizer.MentionAt(doc, t[o].Start) is { Type: EntityType.Organization } m)
            {
                org = m;
                k = doc.TokenIndexAtOrAfter(m.End);
            }
        }
        after = k;
        return new RoleMention(t[i].Start, t[titleEnd - 1].End, _titles.TitleCase(title), person, org);
    }

    /// <summary>
    /// The end of a lower-case title that starts at <paramref name="i"/>: up to four lower-case words, the
    /// last of them a title head ("former chief", "podcast host", "handling prosecutor"); -1 when none.
    /// </summary>
    private int TitleEnd(Doc doc, int i, int end)
    {
        var t = doc.Tokens;
        int best = -1;
        for (int k = i; k < end && k - i < 4; k++)
        {
            var w = doc.SpanOf(t[k]);
            if (t[k].Kind != TokenKind.Word || !RoleText.AllLowerOrHyphen(w) || _words.Is(w, RoleSlot.TitleBreaker))
                break;
            if (_titles.IsHead(w)) best = k + 1;
        }
        return best;
    }

    /// <summary>"said vice mayor Ana Cruz", "our founder Sir Ben Ortiz": a lower-case title right before the name.</summary>
    public void Before(Doc doc, EntityMention person, List<RoleMention> roles)
    {
        var t = doc.Tokens;
        int e = doc.TokenIndexAtOrAfter(person.Start);
        int s = e;
        while (s > 0 && e - s < 4)
        {
            var w = doc.SpanOf(t[s - 1]);
            if (t[s - 1].Kind != TokenKind.Word || !RoleText.AllLower(w)) break;
            // The phrase is written only past the first word: a lone word is asked only whether it is a head.
            if (s == e ? _titles.IsHead(w) : _titles.IsLexiconTitle(doc.Slice(t[s - 1].Start, t[e - 1].End)) || _titles.IsModifier(w)) s--;
            else break;
        }
        if (s < e)
        {
            roles.Add(new RoleMention(t[s].Start, t[e - 1].End, _titles.TitleCase(doc.Slice(t[s].Start, t[e - 1].End)), person, null));
            // "CEO and editor Ana Cruz": a second title joined by "and".
            if (s >= 2 && _words.Is(doc.SpanOf(t[s - 1]), RoleSlot.NextTitle) && t[s - 2].Kind is TokenKind.Word or TokenKind.Abbreviation
                && _titles.IsHead(doc.SpanOf(t[s - 2])) && RoleRecognizer.MentionAt(doc, t[s - 2].Start) is null)
                roles.Add(new RoleMention(t[s - 2].Start, t[s - 2].End, _titles.TitleCase(doc.TextOf(t[s - 2])), person, null));
        }
        else if (PortfolioTitle(doc, e) is var (ps, pe)) roles.Add(new RoleMention(t[ps].Start, t[pe - 1].End, doc.Slice(t[ps].Start, t[pe - 1].End), person, null));
        ClauseBefore(doc, person, s, roles);
    }

    /// <summary>
    /// "Minister for digital affairs Ana Cruz": a capitalised title, "for" or "of", and a lower-case portfolio
    /// of one to three words right before the name; the token range of the whole title, or null.
    /// </summary>
    private (int Start, int End)? PortfolioTitle(Doc doc, int nameToken)
    {
        var t = doc.Tokens;
        int k = nameToken;
        while (k > 0 && nameToken - k < 3 && t[k - 1].Kind == TokenKind.Word && RoleText.AllLower(doc.SpanOf(t[k - 1]))
               && !_words.Is(doc.SpanOf(t[k - 1]), RoleSlot.TitleBreaker))
            k--;
        if (k == nameToken || k < 2 || !_words.Is(doc.SpanOf(t[k - 1]), RoleSlot.TitleOrganization)) return null;
        int head = k - 2;
        if (!char.IsUpper(doc.SpanOf(t[head])[0]) || !_titles.IsHead(doc.SpanOf(t[head]))) return null;
        int start = head;
        while (start > 0 && head - start < 2 && char.IsUpper(doc.SpanOf(t[start - 1])[0]) && _titles.LengthAt(doc, start - 1, head + 1) > 0) start--;
        return (start, nameToken);
    }

    /// <summary>", handling prosecutor for the case, Metro Senior Prosecutor Ana Cruz said": a title clause before the name.</summary>
    private void ClauseBefore(Doc doc, EntityMention person, int nameToken, List<RoleMention> roles)
    {
        var t = doc.Tokens;
        int sentenceStart = doc.Sentences[Math.Max(0, doc.SentenceIndexAt(person.Start))].FirstToken;
        int c = nameToken - 1;
        // One or two capitalised words (a place or an organisation) may stand between the comma and the title.
        for (int skip = 0; skip < 2 && c > sentenceStart && NameChunker.IsNameToken(doc, t[c]); skip++) c--;
        if (c <= sentenceStart || doc.SpanOf(t[c]) is not ",") return;
        int open = c - 1;
        while (open > sentenceStart && doc.SpanOf(t[open - 1]) is not "," && c - open < 8) open--;
        if (open != sentenceStart && doc.SpanOf(t[open - 1]) is not ",") return;
        int i = open;
        if (_articles.Contains(doc.SpanOf(t[i]))) i++;
        int titleEnd = TitleEnd(doc, i, c);
        if (titleEnd < 0) return;
        roles.Add(new RoleMention(t[i].Start, t[titleEnd - 1].End, _titles.TitleCase(doc.Slice(t[i].Start, t[titleEnd - 1].End)), person, null));
    }

    /// <summary>"Survivor leaders known by their pseudonyms Ana, Bea, and Cora": the plural title before a list of names.</summary>
    public void ListIntroduction(Doc doc, EntityMention person, List<RoleMention> roles)
    {
        var t = doc.Tokens;
        int i = doc.TokenIndexAtOrAfter(person.Start);
        if (person.Honorific is not null || doc.TokenIndexAtOrAfter(person.End) != i + 1) return;
        int start = OneWordNameLists.Start(doc, i, _lex, out int items);
        if (items < 2) return;
        int sentenceStart = doc.Sentences[Math.Max(0, doc.SentenceIndexAt(person.Start))].FirstToken;
        int e = start;
        while (e > sentenceStart && start - e < 6 && _words.Is(doc.SpanOf(t[e - 1]), RoleSlot.ListIntroducer)) e--;
        for (int n = 3; n >= 1; n--)
        {
            int s = e - n;
            if (s < sentenceStart) continue;
            var phrase = doc.Slice(t[s].Start, t[e - 1].End);
            if (!_titles.IsPlural(phrase)) continue;
            roles.Add(new RoleMention(t[s].Start, t[e - 1].End, _titles.TitleCase(_titles.Singular(phrase)), person, null));
            return;
        }
    }

    /// <summary>A contact block: the name alone on its line, the title on the next ("Ana Cruz" / "Director, Outreach").</summary>
    public RoleMention? NextLineTitle(Doc doc, EntityMention person)
    {
        var t = doc.Tokens;
        int first = doc.TokenIndexAtOrAfter(person.Start), next = doc.TokenIndexAtOrAfter(person.End);
        if (next >= t.Length || first > 0 && !SourceLines.BreakBetween(doc, t[first - 1].End, t[first].Start)) return null;
        if (!SourceLines.BreakBetween(doc, t[next - 1].End, t[next].Start)) return null;
        int end = next + 1;
        while (end < t.Length && end - next < 12 && !SourceLines.BreakBetween(doc, t[end - 1].End, t[end].Start)) end++;
        if (end - next >= 12 || !_titles.IsHead(doc.SpanOf(t[next])) && _titles.LengthAt(doc, next, end) == 0) return null;
        while (end > next + 1 && doc.SpanOf(t[end - 1]) is "," or "." or ";") end--;
        if (RoleRecognizer.MentionAt(doc, t[next].Start) is not null) return null;
        return new RoleMention(t[next].Start, t[end - 1].End, doc.Slice(t[next].Start, t[end - 1].End), person, null);
    }
}
