using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>The speaker side of <see cref="SentenceCues"/>: the source named after a cue, or in the subject before it.</summary>
internal sealed partial class SentenceCues
{
    /// <summary>A speaker named right after the cue, past the words of a speaker phrase ("said agency director Ana Cruz"), or a pronoun there.</summary>
    private (EntityMention? Speaker, bool Ok)? SpeakerAfter(int i)
    {
        if (i + 1 >= _s.EndToken) return null;
        var m = FirstMentionWithin(T(i).End, _s.End);
        if (m is not null && m.Type != EntityType.Person)
        {
            // "said the ACME Chief Ana Cruz": an organisation opening the phrase names where the person works.
            var person = FirstMentionWithin(m.Start + 1, _s.End, EntityType.Person);
            if (person is not null && SpeakerPhrase.Introduces(_doc, _lex, i + 1, person)) m = person;
        }
        if (m is not null && SpeakerPhrase.Introduces(_doc, _lex, i + 1, m)) return (PossessedBy(m), true);
        if (Is(i + 1, QuoteWordRole.PersonPronoun)) return _resolver.LastPerson(T(i).Start) is { } p ? (p, true) : null;
        return null;
    }

    /// <summary>The cue's subject: a mention ending before it (past interposed adverbs and an appositive), or a pronoun or nominal that resolves.</summary>
    private bool Subject(int i, out EntityMention? speaker, out int subjectStart)
    {
        speaker = null;
        subjectStart = i;
        int j = SkipControlVerb(i - 1);
        while (j >= _s.FirstToken && _lex.Quotes.InterposedWords.Contains(W(j))) j--;
        if (j < _s.FirstToken) return false;
        var m = MentionEndingAt(j) ?? (W(j) is ")" && j - 1 >= _s.FirstToken ? MentionEndingAt(j - 1) : null);
        if (m is not null)
        {
            int start = TokenOf(m.Start);
            if (AddressedDocument(start) is { } addressed) { (speaker, subjectStart) = addressed; return true; }
            if (start > _s.FirstToken && Is(start - 1, QuoteWordRole.ObjectPreposition)) return false;
            if (m.Type == EntityType.Organization && HeldAt(start, m, i) is { } holder)
            {
                (speaker, subjectStart) = holder;
                return speaker is not null;
            }
            (speaker, subjectStart) = (m, start);
            return true;
        }
        if (W(j) is ",")
        {
            // "X, Director of Y, said" / "Another member of Y, X, also testified".
            var last = j - 1 >= _s.FirstToken ? MentionEndingAt(j - 1) : null;
            // "X, in a letter to Mayor Y, said": the addressee is a hearer.
            // "CONTENT, a memo to the mayor, Y, said": the document opening the clause is the subject.
            if (last is not null && AddressedDocument(TokenOf(last.Start)) is { } addressed)
            {
                if (addressed.Start == _s.FirstToken || W(addressed.Start - 1) is ",") { (speaker, subjectStart) = addressed; return true; }
                last = null;
            }
            if (last is { Type: EntityType.Person }) { (speaker, subjectStart) = (last, TokenOf(last.Start)); return true; }
            // "X, UNICEF Representative, a.i., said": a person closing an earlier short appositive segment.
            if (AppositivePerson(j) is { } person) { (speaker, subjectStart) = (person, TokenOf(person.Start)); return true; }
            int open = LastCommaBefore(j);
            var head = open > _s.FirstToken ? MentionEndingAt(open - 1) : null;
            if (head is not null && j - open <= 20) { (speaker, subjectStart) = (head, TokenOf(head.Start)); return true; }
            if (last is not null) { (speaker, subjectStart) = (last, TokenOf(last.Start)); return true; }
            return false;
        }
        if (PersonOfPlace(j) is { } named) { (speaker, subjectStart) = (named, TokenOf(named.Start)); return true; }
        int np = j;
        // A pronoun is the whole subject: "Today we announce", "Later they wrote".
        bool pronoun = IsSubjectPronoun(j);
        while (!pronoun && np - 1 >= _s.FirstToken && j - np < 8 && IsNounPhraseToken(np - 1)) np--;
        speaker = _resolver.Resolve(np, j, out bool resolved);
        subjectStart = np;
        return resolved;
    }

    /// <summary>A person's name ending right before a comma within the last three short comma-separated segments before <paramref name="comma"/>.</summary>
    private EntityMention? AppositivePerson(int comma)
    {
        int c = comma;
        for (int segment = 0; segment < 3; segment++)
        {
            int open = LastCommaBefore(c);
            if (c - Math.Max(open, _s.FirstToken) > 10) return null;
            if (open < 0) return null;
            if (MentionEndingAt(open - 1) is { Type: EntityType.Person } p) return FirstOfCoordinated(p);
            c = open;
        }
        return null;
    }

    /// <summary>
    /// "A and Chief B, Role, said": of persons joined by a coordinator, the first is credited (one quote has one speaker).
    /// The coordinator may stand before B's capitalised title words.
    /// </summary>
    private EntityMention FirstOfCoordinated(EntityMention person)
    {
        int k = TokenOf(person.Start) - 1;
        while (k > _s.FirstToken && Capitalised(k) && TokenOf(person.Start) - k < 4) k--;
        if (k <= _s.FirstToken || !Is(k, QuoteWordRole.Coordinator)) return person;
        return MentionEndingAt(k - 1) is { Type: EntityType.Person } first ? first : person;
    }

    /// <summary>"X of the Y District today announced": a person followed by a role preposition and a capitalised place or body.</summary>
    private EntityMention? PersonOfPlace(int last)
    {
        for (int k = last; k > _s.FirstToken && last - k < 10; k--)
        {
            if (Is(k, QuoteWordRole.RolePreposition) && MentionEndingAt(k - 1) is { Type: EntityType.Person } p) return p;
            if (!(Capitalised(k) || Is(k, QuoteWordRole.NameConnector) || Is(k, QuoteWordRole.NominalDeterminer))) return null;
        }
        return null;
    }

    private bool IsNounPhraseToken(int k)
    {
        var t = T(k);
        var w = W(k);
        // A connector inside a name ("Survey of Rural Health") belongs to the phrase.
        if (Is(k, QuoteWordRole.NameConnector) && k > _s.FirstToken && Capitalised(k - 1) && Capitalised(k + 1)) return true;
        if (Is(k, QuoteWordRole.SubjectBoundary) || Has(k, TokenLexicons.SpeechVerb)) return false;
        return t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation or TokenKind.Possessive || w is "-" or "(" or ")" or "*" or "‘" or "’";
    }

    /// <summary>A pronoun that is a whole subject and stands for a source: "he", "they", "we".</summary>
    private bool IsSubjectPronoun(int k) =>
        Is(k, QuoteWordRole.PersonPronoun) || Is(k, QuoteWordRole.GroupPronoun) || Is(k, QuoteWordRole.PublisherPronoun);

    private bool Capitalised(int k) => k < _s.EndToken && T(k).Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(_doc.Text[T(k).Start]);
}
