using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The dated speeches and releases a document reports, for dating the quotes that come from them:
/// a sentence opening with a dated speech ("Speaking at the summit on May 2, X…", "In a statement on
/// Monday, X…") or a dated release of a work ("In March 2021, X released its report…") gives X's quotes
/// that date; a work "released … on July 20" gives the words of "the report" that date. A speaker
/// with two different such dates gets neither.
/// </summary>
internal sealed class DatedSpeechEvents
{
    private readonly List<(EntityMention Subject, DateMention Date)> _events = [];

    public DatedSpeechEvents(Doc doc, LexiconSet lex, OpeningAdverbial adverbial)
    {
        DateMention? release = null;
        bool oneRelease = true;
        foreach (var d in doc.Dates)
        {
            if (d.Precision == DatePrecision.Year) continue;
            int s = doc.SentenceIndexAt(d.Start);
            if (s < 0) continue;
            var sent = doc.Sentences[s];
            if (ReleasedWork(doc, lex, sent, d))
            {
                if (release is null) release = d;
                else if (!IsoDateKey.Same(release, d)) oneRelease = false;
            }
            if (!adverbial.Contains(sent, d, null)) continue;
            bool speech = adverbial.IsSpeech(sent, d);
            var subject = adverbial.SubjectAfter(sent, d);
            if (subject is null) continue;
            if (speech || ReleasesWork(doc, lex, sent, subject)) _events.Add((subject, d));
        }
        ReportRelease = oneRelease ? release : null;
    }

    /// <summary>The date of the one work the document says was released, or null.</summary>
    public DateMention? ReportRelease { get; }

    /// <summary>The date of the one dated speech or release the document reports for a speaker, or null.</summary>
    public DateMention? DateFor(EntityMention? speaker)
    {
        if (speaker is null) return null;
        // Asked for every quote: the first matching date, dropped as soon as another matching one differs.
        DateMention? first = null;
        foreach (var (subject, date) in _events)
        {
            if (!SameSpeaker(subject, speaker)) continue;
            if (first is null) first = date;
            else if (!IsoDateKey.Same(first, date)) return null;
        }
        return first;
    }

    /// <summary>The same name (or acronym expansion, or identity key), or for people the same surname (within one document).</summary>
    internal static bool SameSpeaker(EntityMention a, EntityMention b)
    {
        if (a.Type != b.Type) return false;
        if (Same(a.Name, b.Name) || Same(a.SameAs, b.Name) || Same(a.Name, b.SameAs) || Same(a.SameAs, b.SameAs) || Same(a.Key, b.Key)) return true;
        return a.Type == EntityType.Person && LastWord(a.Name).Equals(LastWord(b.Name), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Same(string? x, string? y) => x is not null && y is not null && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    /// <summary>The last of the words between spaces, read in place (the whole name when it has none).</summary>
    private static ReadOnlySpan<char> LastWord(string name)
    {
        var trimmed = name.AsSpan().TrimEnd(' ');
        return trimmed.Length == 0 ? name : trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }

    /// <summary>"X released its report…": a release verb after the subject, with a work's head word after it.</summary>
    private static bool ReleasesWork(Doc doc, LexiconSet lex, Sentence sent, EntityMention subject)
    {
        int v = doc.TokenIndexAtOrAfter(subject.End);
        // The token table's document-noun bits instead of a lookup a word; the verbs, looked up only for a sentence
        // whose reach holds a document noun at all (most hold none), from the first verb before that noun on.
        var bits = doc.TokenBits(lex);
        int noun = -1;
        for (int k = v + 1; k < Math.Min(sent.EndToken, v + 4 + 8); k++)
            if (bits.Has(k, TokenLexicons.DocumentNoun)) { noun = k; break; }
        if (noun < 0) return false;
        for (int i = v; i < Math.Min(sent.EndToken, v + 5); i++)
        {
            if (!bits.Has(i, TokenLexicons.PublishingVerb)) continue;
            for (int k = Math.Max(i + 1, noun); k < Math.Min(sent.EndToken, i + 8); k++)
                if (bits.Has(k, TokenLexicons.DocumentNoun)) return true;
        }
        return false;
    }

    /// <summary>"a report released by the ministry on Wednesday, July 20": a work's head, a release verb, then the date.</summary>
    internal static bool ReleasedWork(Doc doc, LexiconSet lex, Sentence sent, DateMention d)
    {
        int dt = doc.TokenIndexAtOrAfter(d.Start);
        // The noun's bit first: a verb is looked up only right after a document noun, not at every word before the date.
        var bits = doc.TokenBits(lex);
        for (int i = Math.Max(sent.FirstToken + 1, dt - 10); i < dt; i++)
            if (bits.Has(i - 1, TokenLexicons.DocumentNoun) && bits.Has(i, TokenLexicons.PublishingVerb)) return true;
        return false;
    }
}
