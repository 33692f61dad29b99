using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The reported-speech rules for one sentence, most certain first: "according to X", "As stated in X,",
/// "CONTENT, X is proud to announce", then speech verbs — "…, said X", "X (also) said [that] CONTENT",
/// "CONTENT, X said", and "X … by urging Y to …". The source must be a named entity or a pronoun or
/// nominal the <see cref="SourceResolver"/> resolves.
/// </summary>
internal sealed class SentenceCues
{
    private static readonly HashSet<string> ClauseBoundaries = new(StringComparer.OrdinalIgnoreCase)
    { "that", "which", "who", "and", "but", "while", "as", "if", "because", "when", "where", "by", "to", "for", "in", "on", "with", "of", "from" };

    private static readonly HashSet<string> NotSubjectAfter = new(StringComparer.OrdinalIgnoreCase) { "to", "with", "against", "about", "than" };

    private readonly Doc _doc;
    private readonly Sentence _s;
    private readonly SourceResolver _resolver;
    private readonly LexiconSet _lex;

    public SentenceCues(Doc doc, Sentence sentence, SourceResolver resolver, LexiconSet lexicons)
    {
        _doc = doc;
        _s = sentence;
        _resolver = resolver;
        _lex = lexicons;
    }

    public ReportedSpeech? Find() => AccordingTo() ?? AsStatedIn() ?? PleasedToAnnounce() ?? SpeechVerb();

    private string W(int i) => i >= _s.FirstToken && i < _s.EndToken ? _doc.TextOf(_doc.Tokens[i]) : "";
    private Token T(int i) => _doc.Tokens[i];

    private EntityMention? MentionEndingAt(int token) =>
        _resolver.Speakers.LastOrDefault(e => e.End == T(token).End && e.Start >= _s.Start);

    private int TokenOf(int offset) => _doc.TokenIndexAtOrAfter(offset);

    /// <summary>The first comma, semicolon or sentence end at or after token <paramref name="from"/>.</summary>
    private int PhraseEnd(int from)
    {
        int k = from;
        while (k < _s.EndToken && W(k) is not ("," or ";") && T(k).Kind != TokenKind.Terminal) k++;
        return k;
    }

    /// <summary>"According to X, CONTENT" or "CONTENT, according to X." X is the entity after "by" in the phrase, else its first entity, else a resolved nominal.</summary>
    private ReportedSpeech? AccordingTo()
    {
        for (int i = _s.FirstToken; i + 2 < _s.EndToken; i++)
        {
            if (!W(i).Equals("according", StringComparison.OrdinalIgnoreCase) || W(i + 1) != "to") continue;
            int np = i + 2, npEnd = PhraseEnd(np);
            var inPhrase = _resolver.Speakers.Where(e => e.Start >= T(np).Start && e.End <= T(npEnd - 1).End).ToList();
            int by = Enumerable.Range(np, npEnd - np).FirstOrDefault(k => W(k) == "by", -1);
            var speaker = (by >= 0 ? inPhrase.FirstOrDefault(e => e.Start >= T(by).End && e.Type != EntityType.Person || e.Start == T(by + 1).Start) : null)
                          ?? inPhrase.FirstOrDefault();
            bool resolved = speaker is not null;
            if (!resolved && npEnd > np && npEnd - np <= 4) speaker = _resolver.Resolve(np, npEnd - 1, out resolved);
            if (!resolved) continue;
            var cue = (T(i).Start, T(i + 1).End);
            int before = CountWords(_s.FirstToken, i);
            if (before >= 4) return new ReportedSpeech(speaker, cue, _s.Start, T(i).Start, "indirect-according-to");
            if (npEnd < _s.EndToken && W(npEnd) == ",") return new ReportedSpeech(speaker, cue, T(npEnd).End, _s.End, "indirect-according-to");
        }
        return null;
    }

    /// <summary>"(As) stated in their letter, CONTENT": the source is the document's owner or the document.</summary>
    private ReportedSpeech? AsStatedIn()
    {
        int i = _s.FirstToken;
        if (W(i).Equals("As", StringComparison.OrdinalIgnoreCase)) i++;
        if (!SpeechCues.StatedIn.Contains(W(i)) || W(i + 1) != "in") return null;
        int np = i + 2, npEnd = PhraseEnd(np);
        if (npEnd >= _s.EndToken || W(npEnd) != "," || npEnd - np > 10) return null;
        EntityMention? speaker = _resolver.Speakers.FirstOrDefault(e => e.Start >= T(np).Start && e.End <= T(npEnd - 1).End);
        bool resolved = speaker is not null;
        string owner = W(np).ToLowerInvariant();
        if (!resolved && owner == "their") speaker = _resolver.Group(T(np).Start, [], out resolved);
        else if (!resolved && owner is "his" or "her") resolved = (speaker = _resolver.LastPerson(T(np).Start)) is not null;
        else if (!resolved) speaker = _resolver.Resolve(np, npEnd - 1, out resolved);
        return resolved ? new ReportedSpeech(speaker, (T(i).Start, T(i + 1).End), T(npEnd).End, _s.End, "indirect-as-stated-in") : null;
    }

    /// <summary>"CONTENT, X is proud to announce." (or "X is pleased to announce that CONTENT").</summary>
    private ReportedSpeech? PleasedToAnnounce()
    {
        for (int i = _s.FirstToken + 1; i + 3 < _s.EndToken; i++)
        {
            if (W(i) is not ("is" or "are" or "was" or "were") || !SpeechCues.PleasedWords.Contains(W(i + 1)) || W(i + 2) != "to") continue;
            if (W(i + 3) is not ("announce" or "report" or "share" or "confirm")) continue;
            var speaker = MentionEndingAt(i - 1);
            if (speaker is null) continue;
            var cue = (T(i + 1).Start, T(i + 3).End);
            int after = i + 4;
            if (W(after) == "that") after++;
            if (CountWords(after, _s.EndToken) >= SpeechCuesMinimum) return new ReportedSpeech(speaker, cue, T(after).Start, _s.End, "indirect-pleased-to-announce");
            int comma = LastCommaBefore(TokenOf(speaker.Start));
            return new ReportedSpeech(speaker, cue, _s.Start, comma >= 0 ? T(comma).Start : speaker.Start, "indirect-pleased-to-announce");
        }
        return null;
    }

    private const int SpeechCuesMinimum = 4;

    private ReportedSpeech? SpeechVerb()
    {
        for (int i = _s.FirstToken + 1; i < _s.EndToken; i++)
        {
            var w = W(i);
            if (T(i).Kind != TokenKind.Word || !char.IsLower(w[0])) continue;
            if (SpeechCues.Gerunds.Contains(w) && W(i - 1) == "by")
            {
                var r = Gerund(i);
                if (r is not null) return r;
                continue;
            }
            if (!_lex.Speech.SpeechVerbs.Contains(w) || SpeechCues.NotIndirect.Contains(w)) continue;
            if (SpeechCues.NeedPreposition.Contains(w) && !SpeechCues.ReportingPrepositions.Contains(W(i + 1))) continue;
            if (SpeechCues.NeedThat.Contains(w) && W(i + 1) != "that") continue;
            var cue = (T(i).Start, T(i).End);
            // "CONTENT, said X." / "CONTENT, said he."
            if (W(i - 1) == "," && SpeakerAfter(i) is { } after)
                return new ReportedSpeech(after.Speaker, cue, _s.Start, T(i - 1).Start, "indirect-cue-then-speaker");
            if (!Subject(i, out var speaker, out int subjectStart)) continue;
            if (IsVerdict(i, speaker)) continue;
            int content = ContentStart(i);
            if (content < _s.EndToken && CountWords(content, _s.EndToken) >= SpeechCuesMinimum)
                return new ReportedSpeech(speaker, cue, T(content).Start, _s.End, "indirect-speaker-cue-content");
            // "CONTENT, X said." — the content ends at the comma before the source.
            int comma = LastCommaBefore(subjectStart);
            if (comma >= 0) return new ReportedSpeech(speaker, cue, _s.Start, T(comma).Start, "indirect-content-speaker-cue");
        }
        return null;
    }

    /// <summary>"X … by urging Y to …": the sentence's subject speaks; the content follows the gerund and its preposition.</summary>
    private ReportedSpeech? Gerund(int i)
    {
        var subject = _resolver.Speakers.FirstOrDefault(e => e.Start >= _s.Start && e.End <= T(i).Start);
        if (subject is null || CountWords(_s.FirstToken, TokenOf(subject.Start)) > 1) return null;
        int content = i + 1;
        if (SpeechCues.ReportingPrepositions.Contains(W(content))) content++;
        return content < _s.EndToken ? new ReportedSpeech(subject, (T(i).Start, T(i).End), T(content).Start, _s.End, "indirect-by-gerund") : null;
    }

    /// <summary>A speaker named right after the cue (within two tokens), or a pronoun there.</summary>
    private (EntityMention? Speaker, bool Ok)? SpeakerAfter(int i)
    {
        if (i + 1 >= _s.EndToken) return null;
        var m = _resolver.Speakers.FirstOrDefault(e => e.Start >= T(i).End && e.Start <= T(Math.Min(i + 2, _s.EndToken - 1)).Start);
        if (m is not null) return (m, true);
        if (W(i + 1) is "he" or "she") return _resolver.LastPerson(T(i).Start) is { } p ? (p, true) : null;
        return null;
    }

    /// <summary>The cue's subject: a mention ending before it (past interposed adverbs and an appositive), or a pronoun or nominal that resolves.</summary>
    private bool Subject(int i, out EntityMention? speaker, out int subjectStart)
    {
        speaker = null;
        subjectStart = i;
        int j = i - 1;
        while (j >= _s.FirstToken && SpeechCues.Interposed.Contains(W(j))) j--;
        if (j < _s.FirstToken) return false;
        var m = MentionEndingAt(j) ?? (W(j) == ")" && j - 1 >= _s.FirstToken ? MentionEndingAt(j - 1) : null);
        if (m is not null)
        {
            int start = TokenOf(m.Start);
            if (start > _s.FirstToken && NotSubjectAfter.Contains(W(start - 1))) return false;
            (speaker, subjectStart) = (m, start);
            return true;
        }
        if (W(j) == ",")
        {
            // "X, Director of Y, said" / "Another member of Y, X, also testified".
            var last = j - 1 >= _s.FirstToken ? MentionEndingAt(j - 1) : null;
            if (last is { Type: EntityType.Person }) { (speaker, subjectStart) = (last, TokenOf(last.Start)); return true; }
            int open = LastCommaBefore(j);
            var head = open > _s.FirstToken ? MentionEndingAt(open - 1) : null;
            if (head is not null && j - open <= 20) { (speaker, subjectStart) = (head, TokenOf(head.Start)); return true; }
            if (last is not null) { (speaker, subjectStart) = (last, TokenOf(last.Start)); return true; }
            return false;
        }
        int np = j;
        // A pronoun is the whole subject: "Today we announce", "Later they wrote".
        bool pronoun = W(j).ToLowerInvariant() is "he" or "she" or "they" or "we";
        while (!pronoun && np - 1 >= _s.FirstToken && j - np < 8 && IsNounPhraseToken(np - 1)) np--;
        speaker = _resolver.Resolve(np, j, out bool resolved);
        subjectStart = np;
        return resolved;
    }

    private bool IsNounPhraseToken(int k)
    {
        var t = T(k);
        var w = W(k);
        // A connector inside a name ("Survey of Rural Health") belongs to the phrase.
        if (w is "of" or "in" or "on" or "for" or "and" && k > _s.FirstToken && Capitalised(k - 1) && Capitalised(k + 1)) return true;
        if (ClauseBoundaries.Contains(w) || _lex.Speech.SpeechVerbs.Contains(w)) return false;
        return t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation or TokenKind.Possessive || w is "-" or "(" or ")" or "*" or "‘" or "’";
    }

    private bool Capitalised(int k) => k < _s.EndToken && T(k).Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(_doc.Text[T(k).Start]);

    /// <summary>"found" as a verdict or discovery: "the court found him guilty", "police found the bodies".</summary>
    private bool IsVerdict(int i, EntityMention? speaker)
    {
        if (W(i) is not ("found" or "finds" or "find")) return false;
        for (int k = i + 1; k < Math.Min(_s.EndToken, i + 6); k++)
            if (SpeechCues.VerdictWords.Contains(W(k))) return true;
        return speaker is not null && speaker.Name.Split(' ').Any(SpeechCues.Tribunals.Contains);
    }

    /// <summary>Where the content begins after the cue: past "out", a reporting preposition, a hearer before "that", and "that".</summary>
    private int ContentStart(int i)
    {
        int k = i + 1;
        if (W(k) == "out") k++;
        if (SpeechCues.NeedPreposition.Contains(W(i)) && W(k) == "for") k++;
        else if (SpeechCues.NeedPreposition.Contains(W(i)) && W(k) is "on" or "upon") k++;
        if (SpeechCues.TellVerbs.Contains(W(i)))
            for (int t = k; t < Math.Min(_s.EndToken, k + 8); t++)
                if (W(t) == "that") { k = t; break; }
        if (W(k) == "that") k++;
        while (k < _s.EndToken && W(k) == ",") k++;
        return k;
    }

    private int LastCommaBefore(int token)
    {
        for (int k = token - 1; k >= _s.FirstToken; k--)
            if (W(k) == ",") return k;
        return -1;
    }

    private int CountWords(int from, int to)
    {
        int n = 0;
        for (int k = from; k < to && k < _s.EndToken; k++)
            if (T(k).Kind is TokenKind.Word or TokenKind.Number) n++;
        return n;
    }
}
