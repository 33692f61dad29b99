using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The reported-speech rules for one sentence, most certain first: source-after phrases ("according to X",
/// "as stated in X,"), then speech verbs — "…, said X", "X (also) said [that] CONTENT", "CONTENT, X said",
/// "X is proud to announce that CONTENT" (an infinitive cue under a control word), and "X … by urging Y
/// to …". The source must be a named entity or a pronoun or nominal the <see cref="SourceResolver"/> resolves.
/// </summary>
internal sealed partial class SentenceCues
{
    private const int MinimumContentWords = 4;

    private readonly Doc _doc;
    // The sentence read: set by each Find, so one instance serves a document's sentences.
    private Sentence _s;
    private readonly SourceResolver _resolver;
    private readonly LexiconSet _lex;
    // The document's list bits (the token table an earlier stage built, seen from this copy of the document): the per-token scans
    // test a bit before looking a word up.
    private readonly TokenBits _table;

    public SentenceCues(QuoteContext context, SourceResolver resolver)
    {
        _doc = context.Doc;
        _resolver = resolver;
        _lex = context.Lexicons;
        _table = _doc.TokenBits(_lex);
    }

    /// <summary>The reported speech of a sentence of the document, or null.</summary>
    public ReportedSpeech? Find(Sentence sentence)
    {
        _s = sentence;
        return AccordingTo() ?? SpeechVerb();
    }

    private ReadOnlySpan<char> W(int i) => i >= _s.FirstToken && i < _s.EndToken ? _doc.SpanOf(_doc.Tokens[i]) : default;
    private Token T(int i) => _doc.Tokens[i];
    private bool Is(int i, QuoteWordRole role) => _lex.Quotes.Is(W(i), role);
    private bool Is(int i, SpeechWordRole role) => _lex.Speech.Is(W(i), role);

    /// <summary>Whether token i is in the sentence and a list (any of several bits) holds its text.</summary>
    private bool Has(int i, TokenLexicons lists) => i >= _s.FirstToken && i < _s.EndToken && _table.Has(i, lists);

    /// <summary>The last speaker mention in the sentence ending where the token ends.</summary>
    private EntityMention? MentionEndingAt(int token)
    {
        var speakers = _resolver.Speakers;
        int end = T(token).End;
        EntityMention? found = null;
        // Sorted by start: a mention ending at the token starts in the sentence and no later than its end.
        for (int k = _resolver.SpeakerIndexAtOrAfter(_s.Start); k < speakers.Count && speakers[k].Start <= end; k++)
            if (speakers[k].End == end) found = speakers[k];
        return found;
    }

    /// <summary>The first speaker mention starting at or after <paramref name="from"/> and ending by <paramref name="to"/>, of a type when one is given.</summary>
    private EntityMention? FirstMentionWithin(int from, int to, EntityType? type = null)
    {
        var speakers = _resolver.Speakers;
        for (int k = _resolver.SpeakerIndexAtOrAfter(from); k < speakers.Count && speakers[k].Start <= to; k++)
            if (speakers[k].End <= to && (type is null || speakers[k].Type == type)) return speakers[k];
        return null;
    }

    private int TokenOf(int offset) => _doc.TokenIndexAtOrAfter(offset);

    /// <summary>The first comma, semicolon or sentence end at or after token <paramref name="from"/>.</summary>
    private int PhraseEnd(int from)
    {
        int k = from;
        while (k < _s.EndToken && W(k) is not ("," or ";") && T(k).Kind != TokenKind.Terminal) k++;
        return k;
    }

    /// <summary>
    /// "According to X, CONTENT" or "CONTENT, according to X." (a source-after phrase of the speech-verb table).
    /// X is the entity after an agent preposition ("by") in the phrase, else its first entity, else a resolved nominal.
    /// </summary>
    private ReportedSpeech? AccordingTo()
    {
        foreach (int i in _table.TokensWith(TokenLexicons.SourceAfterOpener, _s.FirstToken, _s.EndToken - 2))
        {
            int phrase = _lex.Speech.SourceAfterPhraseAt(_doc, _s.FirstToken, _s.EndToken, i);
            if (phrase == 0 || i + phrase >= _s.EndToken) continue;
            int np = i + phrase, npEnd = PhraseEnd(np);
            int phraseStart = T(np).Start, phraseEnd = T(npEnd - 1).End;
            int by = -1;
            for (int k = np; k < npEnd; k++)
                if (Is(k, QuoteWordRole.Agent)) { by = k; break; }
            var speaker = (by >= 0 ? AgentInPhrase(phraseStart, phraseEnd, T(by).End, T(by + 1).Start) : null)
                          ?? FirstMentionWithin(phraseStart, phraseEnd);
            if (speaker is not null) speaker = PossessedBy(speaker);
            // "according to an official of X": the person holding the role, not X.
            if (speaker is { Type: EntityType.Organization } && HeldAt(TokenOf(speaker.Start), speaker, npEnd) is { Person: { } holder }) speaker = holder;
            bool resolved = speaker is not null;
            // "according to a memo to the mayor": the addressee is a hearer; the document speaks, or nobody.
            if (speaker is not null && AddressedDocument(TokenOf(speaker.Start)) is { } addressed) speaker = addressed.Speaker;
            // "as outlined in their letter": the owner of a possessed document speaks.
            if (!resolved && npEnd - np > 1 && Is(np, QuoteWordRole.GroupPossessive)) speaker = _resolver.Group(T(np).Start, [], out resolved);
            else if (!resolved && npEnd - np > 1 && Is(np, QuoteWordRole.PersonPossessive)) resolved = (speaker = _resolver.LastPerson(T(np).Start)) is not null;
            if (!resolved && npEnd > np && npEnd - np <= 4) speaker = _resolver.Resolve(np, npEnd - 1, out resolved);
            if (!resolved) continue;
            var cue = (T(i).Start, T(np - 1).End);
            int before = CountWords(_s.FirstToken, i);
            if (before >= 4) return new ReportedSpeech(speaker, cue, _s.Start, T(i).Start, AttributionRuleIds.IndirectAccordingTo);
            if (npEnd < _s.EndToken && W(npEnd) is ",") return new ReportedSpeech(speaker, cue, T(npEnd).End, _s.End, AttributionRuleIds.IndirectAccordingTo);
        }
        return null;
    }

    /// <summary>In a source-after phrase, the first mention after its agent preposition that is no person, or that starts right after it.</summary>
    private EntityMention? AgentInPhrase(int phraseStart, int phraseEnd, int afterBy, int nextStart)
    {
        var speakers = _resolver.Speakers;
        for (int k = _resolver.SpeakerIndexAtOrAfter(phraseStart); k < speakers.Count && speakers[k].Start <= phraseEnd; k++)
        {
            var e = speakers[k];
            if (e.End <= phraseEnd && (e.Start >= afterBy && e.Type != EntityType.Person || e.Start == nextStart)) return e;
        }
        return null;
    }

    private ReportedSpeech? SpeechVerb()
    {
        // Most words are no speech verb nor gerund: only those the document's token table found are read.
        foreach (int i in _table.TokensWith(TokenLexicons.SpeechVerb | TokenLexicons.SpeechGerund, _s.FirstToken + 1, _s.EndToken))
        {
            var w = W(i);
            if (T(i).Kind != TokenKind.Word || !char.IsLower(w[0])) continue;
            if (_table.Has(i, TokenLexicons.SpeechGerund) && Is(i - 1, SpeechWordRole.GerundMarker))
            {
                var r = Gerund(i);
                if (r is not null) return r;
                continue;
            }
            if (!_lex.Speech.TryGetFrames(w, out var frames) || frames.HasFlag(SpeechFrames.QuotedOnly)) continue;
            bool predicate = frames.HasFlag(SpeechFrames.ObjectPredicate) && PredicateAfterObject(i);
            if (frames.HasFlag(SpeechFrames.Preposition) && !predicate && !Is(i + 1, SpeechWordRole.ReportingPreposition)) continue;
            if (frames.HasFlag(SpeechFrames.AsComplement) && !predicate && !ComplementAfterObject(i)) continue;
            // A that-clause verb reports before "that", or at the sentence's end after its content ("…, the group announced.").
            if (frames.HasFlag(SpeechFrames.ThatClause) && !Is(i + 1, SpeechWordRole.Complementizer) && !EndsSentence(i + 1)) continue;
            var cue = (T(i).Start, T(i).End);
            // "CONTENT, said X." / "CONTENT, said he."
            // A hearer-first verb names its hearer after it ("…, told the committee"), and a short opening
            // phrase with a person before the comma is the subject's appositive ("ACME chief, Ana Cruz, told").
            if (W(i - 1) is "," && !frames.HasFlag(SpeechFrames.HearerFirst) && !ShortPersonOpening(i - 1) && SpeakerAfter(i) is { } after)
                return new ReportedSpeech(after.Speaker, cue, _s.Start, T(i - 1).Start, AttributionRuleIds.IndirectCueThenSpeaker);
            if (!Subject(i, out var speaker, out int subjectStart)) continue;
            if (frames.HasFlag(SpeechFrames.Verdict) && IsVerdict(i, speaker)) continue;
            int content = ContentStart(i, frames);
            if (content < _s.EndToken && CountWords(content, _s.EndToken) >= MinimumContentWords)
                return new ReportedSpeech(speaker, cue, T(content).Start, _s.End, AttributionRuleIds.IndirectSpeakerCueContent);
            // "CONTENT, X said." — the content ends at the comma before the source.
            int comma = LastCommaBefore(subjectStart);
            if (comma >= 0) return new ReportedSpeech(speaker, cue, _s.Start, T(comma).Start, AttributionRuleIds.IndirectContentSpeakerCue);
        }
        return null;
    }

    /// <summary>
    /// "the Chairman of the X Committee", "an official at X": when a role noun and a role preposition stand
    /// before the organisation (past a determiner), the person holding the role, and where the phrase starts.
    /// </summary>
    private (EntityMention? Person, int Start)? HeldAt(int orgStart, EntityMention org, int phraseEnd)
    {
        int k = orgStart - 1;
        if (k >= _s.FirstToken && Is(k, QuoteWordRole.NominalDeterminer)) k--;
        if (k - 1 < _s.FirstToken || !Is(k, QuoteWordRole.RolePreposition) || !_resolver.Roles.IsRoleNoun(W(k - 1).ToString())) return null;
        int start = k - 1;
        while (start - 1 >= _s.FirstToken && (Is(start - 1, QuoteWordRole.NominalDeterminer) || Capitalised(start - 1)) && k - start < 4) start--;
        // The organisation's other names in the phrase count too: "an official of the X Fund (XF)".
        var orgs = _resolver.Speakers.Where(e => e.Type == EntityType.Organization && e.Start >= org.Start && e.End <= T(Math.Max(orgStart, phraseEnd - 1)).End).DefaultIfEmpty(org).ToList();
        return (_resolver.Roles.Resolve(W(k - 1).ToString(), orgs, T(start).Start), start);
    }

    /// <summary>
    /// Before an infinitive cue, the word that governs it and its copula or auxiliary: "X is proud to announce",
    /// "X would like to stress" — the subject stands before them. The token to read the subject back from.
    /// </summary>
    private int SkipControlVerb(int j)
    {
        while (j >= _s.FirstToken && _lex.Quotes.InterposedWords.Contains(W(j))) j--;
        if (j - 1 < _s.FirstToken || !Is(j, QuoteWordRole.InfinitiveMarker) || T(j - 1).Kind != TokenKind.Word || !char.IsLower(W(j - 1)[0])) return j;
        int k = j - 2;
        while (k >= _s.FirstToken && (Is(k, QuoteWordRole.Copula) || _lex.Quotes.InterposedWords.Contains(W(k)))) k--;
        // A copula or auxiliary stands between the subject and the governing word ("is proud", "would like"):
        // without one, the word may be a noun or an object ("EU countries to request", "urged the board to report").
        return k >= _s.FirstToken && k < j - 2 ? k : j;
    }

    private bool EndsSentence(int k) => k >= _s.EndToken || T(k).Kind == TokenKind.Terminal;

    /// <summary>At most six words from the sentence start to the token, among them a person's name.</summary>
    private bool ShortPersonOpening(int token) =>
        CountWords(_s.FirstToken, token) <= 6 && FirstMentionWithin(_s.Start, T(token).Start, EntityType.Person) is not null;

    /// <summary>"X … by urging Y to …": the sentence's subject speaks; the content follows the gerund and its preposition.</summary>
    private ReportedSpeech? Gerund(int i)
    {
        var subject = FirstMentionWithin(_s.Start, T(i).Start);
        if (subject is null || CountWords(_s.FirstToken, TokenOf(subject.Start)) > 1) return null;
        int content = i + 1;
        if (Is(content, SpeechWordRole.ReportingPreposition)) content++;
        return content < _s.EndToken ? new ReportedSpeech(subject, (T(i).Start, T(i).End), T(content).Start, _s.End, AttributionRuleIds.IndirectByGerund) : null;
    }


    /// <summary>A verdict-frame verb ("found") as a verdict or discovery: "the court found him guilty", "police found the bodies".</summary>
    private bool IsVerdict(int i, EntityMention? speaker)
    {
        for (int k = i + 1; k < Math.Min(_s.EndToken, i + 6); k++)
            if (_lex.Quotes.VerdictWords.Contains(W(k))) return true;
        return speaker is not null && speaker.Name.Split(' ').Any(_lex.Quotes.TribunalHeads.Contains);
    }

    /// <summary>Where the content begins after the cue: past a particle, a reporting preposition, a hearer before the complementizer, and the complementizer.</summary>
    private int ContentStart(int i, SpeechFrames frames)
    {
        int k = i + 1;
        if (Is(k, SpeechWordRole.Particle)) k++;
        if (frames.HasFlag(SpeechFrames.Preposition) && Is(k, SpeechWordRole.ContentAfter)) k++;
        if (frames.HasFlag(SpeechFrames.HearerFirst))
            // The hearer may carry a name, a time and a parenthesis: "told the Harbor Trust board today (3 June) that".
            for (int t = k; t < Math.Min(_s.EndToken, k + 14) && T(t).Kind != TokenKind.Terminal; t++)
                if (Is(t, SpeechWordRole.Complementizer)) { k = t; break; }
        if (Is(k, SpeechWordRole.Complementizer)) k++;
        while (k < _s.EndToken && W(k) is ",") k++;
        return k;
    }

    /// <summary>The longest object an as-complement verb reads before its marker ("the payments made to the two men").</summary>
    private const int MaxObjectTokens = 8;

    /// <summary>"described the payments as …": a complement marker a short object after the verb, with no clause break before it.</summary>
    private bool ComplementAfterObject(int verb)
    {
        for (int k = verb + 2; k < Math.Min(_s.EndToken, verb + 2 + MaxObjectTokens); k++)
        {
            if (Is(k, SpeechWordRole.ComplementMarker)) return true;
            if (T(k).Kind is TokenKind.Terminal || W(k) is "," or ";") return false;
        }
        return false;
    }

    private int LastCommaBefore(int token)
    {
        for (int k = token - 1; k >= _s.FirstToken; k--)
            if (W(k) is ",") return k;
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
