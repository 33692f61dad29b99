using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Roles;

/// <summary>
/// Titles a verb gives: an office verb after the person ("Ana Cruz, who has served as both Council
/// President and Mayor", "Ben Ortiz was sworn in as Speaker"), a copula right after it ("Ana Cruz is a
/// senator") and a passive verb naming the holder
/// ("the Senate Committee on Youth chaired by Senator Ana Cruz" → Chair of the committee).
/// The verbs are data: office-verb phrases in models/roles/role-words.txt, the passive verbs and their
/// titles in models/roles/office-agent-verbs.txt.
/// </summary>
internal sealed class VerbalTitles
{
    /// <summary>How far after the name an office verb is looked for, in tokens ("X, who is the first … to have served as").</summary>
    private const int MaxVerbDistance = 16;

    /// <summary>The longest title read after an office verb, in tokens.</summary>
    private const int MaxTitleTokens = 6;

    private readonly LexiconSet _lex;
    private readonly TitlePhrases _titles;
    private readonly RoleWords _words;
    private readonly (string[] Words, string Title)[] _agentVerbs;

    public VerbalTitles(LexiconSet lex, TitlePhrases titles, RoleWords words)
    {
        _lex = lex;
        _titles = titles;
        _words = words;
        _agentVerbs = lex.Roles.OfficeAgentVerbs.Rows.Where(r => r.Length >= 2)
            .Select(r => (r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), r[1])).ToArray();
    }

    /// <summary>The roles verbs give <paramref name="person"/>.</summary>
    public void For(Doc doc, EntityMention person, List<RoleMention> roles)
    {
        if (AgentRole(doc, person) is { } agent) roles.Add(agent);
        OfficeVerbRoles(doc, person, roles);
    }

    /// <summary>"… chaired by Senator Ana Cruz": the passive verb right before the name (and its honorific).</summary>
    private RoleMention? AgentRole(Doc doc, EntityMention person)
    {
        var t = doc.Tokens;
        int first = doc.TokenIndexAtOrAfter(person.Start);
        foreach (var (words, title) in _agentVerbs)
        {
            int s = first - words.Length;
            if (s < 0) continue;
            bool all = true;
            for (int k = 0; k < words.Length && all; k++) all = doc.SpanOf(t[s + k]).SequenceEqual(words[k]);
            if (!all) continue;
            var org = s > 0 && RoleRecognizer.MentionAt(doc, t[s - 1].Start) is { Type: EntityType.Organization } o ? o : null;
            return new RoleMention(t[s].Start, t[first - 1].End, title, person, org);
        }
        return null;
    }

    /// <summary>"X, who … served as [both] Title [and Title]": the titles after an office verb that follows the name.</summary>
    private void OfficeVerbRoles(Doc doc, EntityMention person, List<RoleMention> roles)
    {
        var t = doc.Tokens;
        int end = doc.Sentences[Math.Max(0, doc.SentenceIndexAt(person.Start))].EndToken;
        int from = doc.TokenIndexAtOrAfter(person.End);
        // A word that opens no phrase of the role words opens no office verb: its bit says so without comparing it to each.
        var bits = doc.TokenBits(_lex);
        for (int i = from; i < end && i - from < MaxVerbDistance; i++)
        {
            // Another person's name or a quotation between: the verb is theirs.
            if (RoleRecognizer.MentionAt(doc, t[i].Start) is { Type: EntityType.Person } || t[i].Kind == TokenKind.Quote) return;
            int n = bits.Has(i, TokenLexicons.RolePhraseOpener) ? _words.PhraseAt(doc, i, end, RoleSlot.OfficeVerb) : 0;
            if (n == 0 && i == from && IsSubject(doc, person)) n = _words.PhraseAt(doc, i, end, RoleSlot.Copula);
            if (n == 0) continue;
            int k = i + n;
            while (k < end && _words.Is(doc.SpanOf(t[k]), RoleSlot.OfficeListOpener)) k++;
            while (k < end && TitleAt(doc, k, end) is var (s, e, runEnd))
            {
                roles.Add(new RoleMention(t[s].Start, t[e - 1].End, _titles.TitleCase(doc.Slice(t[s].Start, t[e - 1].End)), person, null));
                if (runEnd + 1 < end && _words.Is(doc.SpanOf(t[runEnd]), RoleSlot.NextTitle)) k = runEnd + 1;
                else return;
            }
            return;
        }
    }

    /// <summary>
    /// Whether the name may be the subject of the verb after it: not the object of a preposition or the
    /// second of two names ("the son of Ana Cruz is a teacher", "Ben and Ana Cruz").
    /// </summary>
    private bool IsSubject(Doc doc, EntityMention person)
    {
        int before = doc.TokenIndexAtOrAfter(person.Start) - 1;
        return before < 0 || !_words.Is(doc.SpanOf(doc.Tokens[before]), RoleSlot.TitleBreaker) && doc.Tokens[before].Kind != TokenKind.Possessive;
    }

    /// <summary>
    /// The title that starts at token <paramref name="i"/>: a run of capitalised words (with "of" or "and"
    /// between two of them, or a short lower-case word inside such as "pro"), cut after its last title head;
    /// or a lower-case title ("spokesperson"). Null when no title head is read; RunEnd is where the run stops.
    /// </summary>
    private (int Start, int End, int RunEnd)? TitleAt(Doc doc, int i, int end)
    {
        var t = doc.Tokens;
        int best = -1, k = i;
        for (; k < end && k - i < MaxTitleTokens; k++)
        {
            if (RoleRecognizer.MentionAt(doc, t[k].Start) is { Type: EntityType.Person }) break;
            var w = doc.SpanOf(t[k]);
            bool capitalised = NameChunker.IsNameToken(doc, t[k]);
            bool inner = k > i && k + 1 < end && RoleText.AllLower(w) && w.Length <= 4 && !_words.Is(w, RoleSlot.NextTitle)
                         && NameChunker.IsNameToken(doc, t[k + 1]);
            if (!capitalised && !inner && !(k == i && RoleText.AllLower(w))) break;
            if (_titles.IsHead(w)) best = k + 1;
            if (!capitalised && k == i) { k++; break; }
        }
        return best > i ? (i, best, Math.Max(k, best)) : null;
    }
}
