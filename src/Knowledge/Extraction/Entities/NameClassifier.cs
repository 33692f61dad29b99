using System.Collections.Immutable;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using L = Knowledge.Lexicons.TokenLexicons;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Reads the capitalised runs of every sentence (title-case headlines aside) as laws, works,
/// organisations, places or people: a run is trimmed of leading common words and edge connectors,
/// skipped when taken or shouted, and then read by the first row of <see cref="NameReadings"/> whose
/// test holds.
/// </summary>
internal sealed class NameClassifier
{
    private readonly LexiconSet _lex;
    private readonly OrganizationRules _orgs;
    private readonly PersonNameRules _persons;
    private readonly NameReadings _readings;

    public NameClassifier(LexiconSet lexicons)
    {
        _lex = lexicons;
        _orgs = new OrganizationRules(lexicons);
        _persons = new PersonNameRules(lexicons);
        _readings = new NameReadings(lexicons, _orgs, _persons);
    }

    /// <summary>The reading table's rows, in the order they are tried.</summary>
    public ImmutableArray<NameReading> Readings => _readings.Rows;

    /// <summary>Reads every capitalised run of the document.</summary>
    public void FindNames(Doc doc, EntityMentionSet found)
    {
        foreach (var s in doc.Sentences)
        {
            if (TitleCaseHeadlines.Is(doc, s)) continue;
            foreach (var chunk in NameChunker.Chunks(doc, s, _lex)) Classify(doc, chunk, found);
        }
    }

    private void Classify(Doc doc, NameChunk chunk, EntityMentionSet found)
    {
        var tokens = doc.Tokens;
        var table = doc.TokenTable(_lex);
        int first = chunk.FirstToken, end = chunk.EndToken;
        // Leading common words ("The", "In", "According") are not part of a name.
        while (first < end && table.Has(first, L.CommonCapitalized)
               && !(first + 1 < end && table.IsAcronym(first)) && !KeepsLeadingWord(table, first, end)
               && !_persons.StartsWithHonorific(doc, first, end, out _) && !StartsPlace(doc, first, end) && !_orgs.IsNameArticle(doc, first)) first++;
        // "Watch Ana Ruiz explain …": a common word opening the sentence before a person's name is not the name's.
        if (first < end && _persons.IsCommonOpener(doc, first, end)) first++;
        // "According to the X Foundation": connectors left at the front after the common word are not the name's.
        while (first < end && NameChunker.IsConnector(table, first) && !_orgs.IsNameArticle(doc, first)) first++;
        while (end > first && NameChunker.IsConnector(table, end - 1)) end--;
        if (first >= end) return;
        if (found.AnyOverlapping(tokens[first].Start, tokens[end - 1].End)) return;
        if (IsShouted(table, first, end)) return;

        var candidate = new NameCandidate(table, found, first, end);
        foreach (var row in _readings.Rows)
            if (TryRead(row, candidate)) return;
    }

    /// <summary>Applies a row when its test holds; returns whether it did.</summary>
    private bool TryRead(NameReading row, NameCandidate c)
    {
        switch (row)
        {
            case EntityReading entity when entity.Test(c):
                var mention = Span(c.Doc, entity.Type, c.First, c.End + entity.TokensAfter, entity.Rule, entity.Key?.Invoke(c));
                if (c.Found.Add(mention) && entity.WithParentBody && _orgs.ParentEnd(c.Doc, c.First, c.End) is int parentEnd)
                    c.Found.AddNested(Span(c.Doc, EntityType.Organization, c.First, parentEnd, EntityRuleIds.OrganizationParent));
                return true;
            case SplitReading split when split.Parts(c) is { IsSplit: true } parts:
                for (int k = 0; k < parts.Count; k++) Classify(c.Doc, parts[k], c.Found);
                return true;
            case PersonReading person when person.NameStart(c) is int start && _persons.TryPerson(c.Doc, start, c.End) is { } found:
                if (start > c.First) Classify(c.Doc, new NameChunk(c.First, start), c.Found);
                c.Found.Add(found);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A common capitalised word written capitalised mid-sentence before a law's or organisation's
    /// head, or before a lower-case law instrument, belongs to the name ("the draft Clean Harbors Bill",
    /// "new Online Fraud legislation"); articles, days and months never do.
    /// </summary>
    private bool KeepsLeadingWord(TokenTable table, int i, int end)
    {
        var doc = table.Doc;
        if (IsCapitalizedArticle(table.SpanOf(i)) || table.Has(i, L.Month) || !OrganizationRules.IsMidSentence(doc, i)) return false;
        if (NameChunker.IsConnector(table, i - 1) && !table.Has(i - 1, L.DefiniteArticle)) return false;
        // "the Government of Kenya": an organisation's opener before "of" and a name.
        if (table.Has(i, L.OrganizationOpener) && i + 2 < end && table.Has(i + 1, L.OfPreposition)) return true;
        for (int k = i + 1; k < end; k++)
        {
            if (table.Has(k, L.AndConjunction)) return false;
            if (table.Has(k, L.LawHeadTrimmed | L.OrganizationHead)) return true;
        }
        // "new Online Safety legislation": a lower-case law instrument after the run.
        return end > i + 1 && end < table.Count && table.Has(end, L.ProposedLawNoun);
    }

    /// <summary>"New Zealand", "South Korea": a common word that opens a place of the gazetteer is the place's.</summary>
    private bool StartsPlace(Doc doc, int first, int end)
    {
        for (int k = first + 2; k <= Math.Min(end, first + 3); k++)
            if (_lex.Names.IsPlace(doc.Text.AsSpan(doc.Tokens[first].Start, doc.Tokens[k - 1].End - doc.Tokens[first].Start))) return true;
        return false;
    }

    /// <summary>"The", "A", "An": an article with a capital first letter and the rest as the article has it.</summary>
    private bool IsCapitalizedArticle(ReadOnlySpan<char> w)
    {
        if (w.Length == 0 || !char.IsUpper(w[0])) return false;
        if (w.Length > 32) return _lex.Entities.Articles.Contains(char.ToLowerInvariant(w[0]) + w[1..].ToString());
        Span<char> lowered = stackalloc char[w.Length];
        w.CopyTo(lowered);
        lowered[0] = char.ToLowerInvariant(w[0]);
        return _lex.Entities.Articles.Contains(lowered);
    }

    /// <summary>"ABOUT THE COUNCIL": a run in capitals with a common word in it is a heading, not an acronym-led name.</summary>
    private static bool IsShouted(TokenTable table, int first, int end)
    {
        if (end - first < 2) return false;
        bool common = false;
        for (int i = first; i < end; i++)
        {
            if (!table.IsAcronym(i)) return false;
            common |= table.Has(i, L.CommonCapitalized | L.Nationality | L.OrganizationHeadWord);
        }
        return common;
    }

    private static EntityMention Span(Doc doc, EntityType type, int first, int end, string rule, string? key = null)
    {
        var tokens = doc.Tokens;
        int s = tokens[first].Start, e = tokens[end - 1].End;
        return new EntityMention(type, s, e, doc.Slice(s, e), rule) { Key = key };
    }
}
