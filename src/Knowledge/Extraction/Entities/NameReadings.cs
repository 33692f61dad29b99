using System.Collections.Immutable;
using Knowledge.Extraction.Laws;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using L = Knowledge.Lexicons.TokenLexicons;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// The table that reads a capitalised run: rows of (test, type, rule), tried in order; the first row
/// whose test holds decides. Split rows read the parts again; person rows ask the person rules.
/// </summary>
internal sealed class NameReadings
{
    private readonly LexiconSet _lex;
    private readonly OrganizationRules _orgs;
    private readonly PersonNameRules _persons;
    private readonly LawKeys _lawKeys;

    public NameReadings(LexiconSet lexicons, OrganizationRules orgs, PersonNameRules persons)
    {
        _lex = lexicons;
        _lawKeys = new LawKeys(lexicons);
        _orgs = orgs;
        _persons = persons;
        Rows =
        [
            new SplitReading(CoordinatedLaws),
            new EntityReading(IsLawName, EntityType.Law, EntityRuleIds.LawName) { Key = LawKey },
            new EntityReading(IsNamedInstrument, EntityType.Law, EntityRuleIds.LawName) { TokensAfter = 1, Key = InstrumentKey },
            new SplitReading(PartsAroundPlace),
            new EntityReading(IsWorkEdition, EntityType.Work, EntityRuleIds.WorkName),
            new SplitReading(OrganizationParts),
            new EntityReading(IsOrganizationForm, EntityType.Organization, EntityRuleIds.OrganizationForm) { WithParentBody = true },
            new EntityReading(IsWorkName, EntityType.Work, EntityRuleIds.WorkName),
            new PersonReading(TitledNameStart),
            new PersonReading(SpeakerAtRunEnd),
            new SplitReading(WithoutLeadingTitles),
            new EntityReading(IsHeadedOrganization, EntityType.Organization, EntityRuleIds.OrganizationHead) { WithParentBody = true },
            new SplitReading(PartsAroundConnector),
            new EntityReading(IsNationalGovernment, EntityType.Organization, EntityRuleIds.OrganizationNationalGovernment) { TokensAfter = 1, Key = GovernmentKey },
            new EntityReading(IsPlace, EntityType.Place, EntityRuleIds.Place),
            new PersonReading(WholeName),
        ];
    }

    /// <summary>The rows, in the order they are tried.</summary>
    public ImmutableArray<NameReading> Rows { get; }

    /// <summary>"Clean Water Act", "Data Privacy Act of 2012": a law's head last, or a year after a name with a law's head.</summary>
    private bool IsLawName(NameCandidate c) =>
        c.Has(c.End - 1, L.LawHeadTrimmed) && c.Count >= 2
        || (c.Count >= 3 && IsYear(c.Doc.SpanOf(c.Doc.Tokens[c.End - 1]).TrimEnd('.')) && c.AnyHas(L.LawHead));

    /// <summary>"the Clean Rivers Act and the Safe Ports Act": laws coordinated by "and", each with a law's head of its own, are read apart.</summary>
    private static NameParts CoordinatedLaws(NameCandidate c)
    {
        if (!c.Has(c.End - 1, L.LawHeadTrimmed)) return NameParts.NoSplit;
        for (int a = c.First + 2; a < c.End - 2; a++)
        {
            if (!c.Has(a, L.AndConjunction) || !c.Has(a - 1, L.LawHead)) continue;
            int right = a + 1;
            if (c.Has(right, L.DefiniteArticle)) right++;
            if (c.End - right >= 2) return NameParts.Of(new NameChunk(c.First, a), new NameChunk(right, c.End));
        }
        return NameParts.NoSplit;
    }

    /// <summary>
    /// "the new Harbor Safety legislation": two capitalised words or more, no body's head, place or
    /// given name among them, right before a lower-case law instrument ("legislation", "bill") name a law.
    /// </summary>
    private bool IsNamedInstrument(NameCandidate c)
    {
        var tokens = c.Doc.Tokens;
        if (c.Count < 2 || c.End >= tokens.Length) return false;
        if (!char.IsLower(c.Doc.Text[tokens[c.End].Start]) || !c.Has(c.End, L.ProposedLawNoun) || !OrganizationRules.IsMidSentence(c.Doc, c.First)) return false;
        if (_lex.Names.Places.Contains(c.TextSpan) || c.Has(c.First, L.Nationality | L.GivenName)) return false;
        // No word is an organisation's head (OrganizationRules.IsHead), a law's head or a place.
        return !c.AnyHas(L.OrganizationHead | L.LawHead | L.Place);
    }

    private string? InstrumentKey(NameCandidate c) => _lawKeys.Of(string.Concat(c.TextSpan, " ", c.Doc.SpanOf(c.Doc.Tokens[c.End])));

    private string? LawKey(NameCandidate c) => _lawKeys.Of(c.Text);

    /// <summary>"Data Lab in the Netherlands": the body, and the country apart.</summary>
    private NameParts PartsAroundPlace(NameCandidate c) =>
        _orgs.SplitAtPlace(c.Doc, c.First, c.End) is int placeAt ? NameParts.Of(new NameChunk(c.First, placeAt), new NameChunk(placeAt + 1, c.End)) : NameParts.NoSplit;

    /// <summary>An edition of a work: a work's head with a year after it ("Global University Rankings 2024").</summary>
    private bool IsWorkEdition(NameCandidate c)
    {
        var doc = c.Doc;
        int end = c.End;
        return c.Count >= 2 && c.Has(end - 1, L.WorkHead) && !c.Has(end - 1, L.OrganizationHead)
            && end < doc.Tokens.Length && doc.Tokens[end].Kind == TokenKind.Number && IsYear(doc.SpanOf(doc.Tokens[end]))
            && !doc.Text.AsSpan(doc.Tokens[end - 1].End, doc.Tokens[end].Start - doc.Tokens[end - 1].End).Contains('\n');
    }

    /// <summary>Coordinated bodies, a body and a title or a work after it, a unit "of" its parent (<see cref="OrganizationRules.Split"/>).</summary>
    private NameParts OrganizationParts(NameCandidate c) => _orgs.Split(c.Doc, c.First, c.End);

    /// <summary>A branch ("ABC Kenya"), a legislature alone mid-sentence ("Congress"), or an opener with "of" ("House of Delegates").</summary>
    private bool IsOrganizationForm(NameCandidate c) =>
        _orgs.IsBranch(c.Doc, c.First, c.End) || _orgs.IsStandaloneHead(c.Doc, c.First, c.End) || OpensWithOpener(c);

    /// <summary>"House of Delegates", "Court of Appeals": an organisation opener, then "of" or "for" and a capitalised name.</summary>
    private bool OpensWithOpener(NameCandidate c) =>
        c.End - c.First >= 3 && c.Has(c.First, L.OrganizationOpener)
        && c.Has(c.First + 1, L.OpenerPreposition) && OrganizationRules.IsMidSentence(c.Doc, c.First);

    /// <summary>
    /// A work's name ends with a work's head ("Annual Review", "Scale-up Method"), with no organisation's
    /// head in it or none right before the work's head; after one ("Trade Union Report") the name is
    /// the organisation's work, which <see cref="OrganizationRules.Split"/> splits first.
    /// </summary>
    private bool IsWorkName(NameCandidate c)
    {
        return c.Count >= 2 && c.Has(c.End - 1, L.WorkHead) && !c.Has(c.End - 1, L.OrganizationHead)
            && (!c.AnyHas(L.OrganizationHeadWord) || !c.Has(c.End - 2, L.OrganizationHead));
    }

    /// <summary>"Water Lab Director Prof. Ana Reyes": the title and name are a person; the words before stand alone.</summary>
    private int? TitledNameStart(NameCandidate c)
    {
        int titled = _persons.TitledNameStart(c.Doc, c.First, c.End);
        return titled > c.First ? titled : null;
    }

    /// <summary>
    /// "Harbor Police Child Safety Operations Ana Reyes said": a given name and one or two more name words that
    /// end a longer run right before a speech verb are the speaker; the words before (a unit, a title) stand alone.
    /// </summary>
    private int? SpeakerAtRunEnd(NameCandidate c)
    {
        var tokens = c.Doc.Tokens;
        if (c.End >= tokens.Length || !c.Has(c.End, L.SpeechVerb)) return null;
        for (int n = 2; n <= 3; n++)
        {
            int start = c.End - n;
            if (start - c.First < 2 || !c.Has(start, L.GivenName)) continue;
            // The words before are plain words (no nickname's quotation marks), and not titles of the name
            // ("Chief Constable Ana Reyes said" is read as a titled name).
            for (int k = c.First; k < c.End; k++)
                if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation)) return null;
            if (_persons.StartsWithHonorific(c.Doc, start - 1, c.End, out _)) return null;
            if (_persons.StartsWithHonorific(c.Doc, c.First, c.End, out int titles) && c.First + titles >= start) return null;
            return start;
        }
        return null;
    }

    /// <summary>"Executive Director of the Center…": without its leading job titles the run is read again.</summary>
    private NameParts WithoutLeadingTitles(NameCandidate c) =>
        HeadedOrganizationStart(c) is int f && f > c.First ? (IsPortfolio(c, f) ? NameParts.Nothing : NameParts.Of(new NameChunk(f, c.End))) : NameParts.NoSplit;

    /// <summary>
    /// "Minister of Rural Services and Trade": after a title and "of", words that end with no head,
    /// acronym or place, open with no acronym, and hold no head or opener before a preposition
    /// ("Department of …", "Program Against …") name the title's portfolio, not a body.
    /// </summary>
    private bool IsPortfolio(NameCandidate c, int f)
    {
        var doc = c.Doc;
        if (!_lex.Entities.OfPrepositions.Contains(doc.SpanOf(doc.Tokens[f - 1]))) return false;
        var last = doc.Tokens[c.End - 1];
        // The bits are the lists' own answers: OrganizationHead is OrganizationRules.IsHead of the word.
        if (c.Has(c.End - 1, L.OrganizationHead | L.Place) || Acronyms.IsAcronym(doc, last)) return false;
        if (Acronyms.IsAcronym(doc, doc.Tokens[f])) return false;
        for (int k = f; k < c.End - 1; k++)
        {
            // "Department of …", "Program Against …": a head or opener before a preposition names a body.
            bool opens = c.Has(k, L.OrganizationOpener | L.OrganizationHead);
            if (opens && NameChunker.IsConnector(doc, doc.Tokens[k + 1], _lex) && !c.Has(k + 1, L.AndConjunction)) return false;
        }
        return true;
    }

    /// <summary>A run with an organisation's head word and no leading job title ("Coastal Relief Foundation").</summary>
    private bool IsHeadedOrganization(NameCandidate c) => HeadedOrganizationStart(c) == c.First;

    /// <summary>
    /// Where the organisation's name starts in a run with a head word that does not open with a titled
    /// name: after any leading job titles. Null when the run has no such name.
    /// </summary>
    private int? HeadedOrganizationStart(NameCandidate c)
    {
        // The split row (WithoutLeadingTitles) and the organisation row after it ask the same run in turn.
        var last = t_lastHeaded ??= new HeadedStart();
        if (ReferenceEquals(last.Table, c.Table) && last.First == c.First && last.End == c.End) return last.Start;
        int? start = HeadedOrganizationStartOf(c);
        (last.Table, last.First, last.End, last.Start) = (c.Table, c.First, c.End, start);
        return start;
    }

    /// <summary>The run <see cref="HeadedOrganizationStart"/> answered last on this thread, and its answer (of the document's text alone).</summary>
    [ThreadStatic]
    private static HeadedStart? t_lastHeaded;

    private sealed class HeadedStart
    {
        public TokenTable? Table;
        public int First;
        public int End;
        public int? Start;
    }

    private int? HeadedOrganizationStartOf(NameCandidate c)
    {
        bool hasOrgHead = false;
        for (int i = c.First; i < c.End; i++)
            if (c.Has(i, L.OrganizationHead) && !(i == c.First && c.Count == 1)) hasOrgHead = true;
        if (!hasOrgHead || _persons.OpensWithTitledName(c.Doc, c.First, c.End)) return null;
        int f = _orgs.SkipLeadingTitles(c.Doc, c.First, c.End);
        bool named = f < c.End && (f == c.First || f < c.End - 1 || c.Has(f, L.OrganizationHead));
        return named ? f : null;
    }

    /// <summary>No head word: a connector joins separate names ("Ana Reyes of HLA"), unless it is a particle of a person's name.</summary>
    private static NameParts PartsAroundConnector(NameCandidate c)
    {
        var tokens = c.Doc.Tokens;
        for (int i = c.First; i < c.End; i++)
        {
            if (!NameChunker.IsConnector(c.Table, i) || IsNameParticle(c, i)) continue;
            int next = i;
            while (next < c.End && NameChunker.IsConnector(c.Table, next)) next++;
            return NameParts.Of(new NameChunk(c.First, i), new NameChunk(next, c.End));
        }
        return NameParts.NoSplit;
    }

    /// <summary>de, dela, van, von inside a person's name ("Leila de Lima").</summary>
    private static bool IsNameParticle(NameCandidate c, int i) =>
        c.Has(i, L.NameParticle) && i > c.First && i < c.End - 1;

    /// <summary>"the Freedonian government": a nationality or place right before "government".</summary>
    private bool IsNationalGovernment(NameCandidate c) =>
        c.End < c.Doc.Tokens.Length && _lex.Organizations.GovernmentNouns.Contains(c.Doc.SpanOf(c.Doc.Tokens[c.End]))
        && (_lex.Names.Nationalities.Contains(c.TextSpan) || _lex.Names.IsPlace(c.TextSpan));

    private string? GovernmentKey(NameCandidate c) => _orgs.GovernmentKey(c.Text);

    // A one-word run has no designator word, so it is a place only when the gazetteer holds it: the token's place bit.
    private bool IsPlace(NameCandidate c) => (c.Count == 1 ? c.Has(c.First, L.Place) : _lex.Names.IsPlace(c.TextSpan)) || IsPlaceInPlace(c);

    /// <summary>
    /// "in Dunmore, Queensland": one to three words after "in" and before a comma and a country or subdivision
    /// of the gazetteer are a place (a town or a city that no list holds).
    /// </summary>
    private bool IsPlaceInPlace(NameCandidate c)
    {
        var (doc, t) = (c.Doc, c.Doc.Tokens);
        if (c.End - c.First > 3 || c.First == 0 || c.End + 1 >= t.Length || doc.SpanOf(t[c.End]) is not ",") return false;
        if (!_lex.Entities.PlacePrepositions.Contains(doc.SpanOf(t[c.First - 1]))) return false;
        for (int i = c.First; i < c.End; i++)
            if (c.Has(i, L.OrganizationHead | L.GivenName)) return false;
        for (int k = Math.Min(3, t.Length - c.End - 1); k >= 1; k--)
        {
            int after = c.End + 1 + k;
            if (after < t.Length && NameChunker.IsNameToken(doc, t[after])) continue;
            if (_lex.Names.IsPlace(doc.Text.AsSpan(t[c.End + 1].Start, t[after - 1].End - t[c.End + 1].Start))) return true;
        }
        return false;
    }

    /// <summary>The whole run, as a person's name.</summary>
    private static int? WholeName(NameCandidate c) => c.First;

    internal static bool IsYear(string w) => IsYear(w.AsSpan());

    /// <summary>A four-digit year starting with 1 or 2.</summary>
    internal static bool IsYear(ReadOnlySpan<char> w)
    {
        if (w.Length != 4 || w[0] is not ('1' or '2')) return false;
        foreach (char ch in w)
            if (!char.IsDigit(ch)) return false;
        return true;
    }
}
