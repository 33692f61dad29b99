using System.Collections.Immutable;
using Knowledge.Lexicons;
using Knowledge.Syntax;

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
        int first = chunk.FirstToken, end = chunk.EndToken;
        // Leading common words ("The", "In", "According") are not part of a name.
        while (first < end && _lex.English.CommonCapitalized.Contains(doc.TextOf(tokens[first]))
               && !(first + 1 < end && Acronyms.IsAcronym(doc, tokens[first])) && !KeepsLeadingWord(doc, first, end)
               && !_persons.StartsWithHonorific(doc, first, end, out _) && !StartsPlace(doc, first, end) && !_orgs.IsNameArticle(doc, first)) first++;
        // "Watch Ana Ruiz explain …": a common word opening the sentence before a person's name is not the name's.
        if (first < end && _persons.IsCommonOpener(doc, first, end)) first++;
        // "According to the X Foundation": connectors left at the front after the common word are not the name's.
        while (first < end && NameChunker.IsConnector(doc, tokens[first], _lex) && !_orgs.IsNameArticle(doc, first)) first++;
        while (end > first && NameChunker.IsConnector(doc, tokens[end - 1], _lex)) end--;
        if (first >= end) return;
        if (found.Overlapping(tokens[first].Start, tokens[end - 1].End).Any()) return;
        if (IsShouted(doc, first, end)) return;

        var candidate = new NameCandidate(doc, found, first, end);
        foreach (var row in _readings.Rows)
            if (TryRead(row, candidate)) return;
    }

    /// <summary>Applies a row when its test holds; returns whether it did.</summary>
    private bool TryRead(NameReading row, NameCandidate c)
    {
        switch (row)
        {
            case EntityReading entity when entity.Test(c):
                var mention = Span(c.Doc, entity.Type, c.First, c.End + entity.TokensAfter, entity.Rule) with { Key = entity.Key?.Invoke(c) };
                if (c.Found.Add(mention) && entity.WithParentBody && _orgs.ParentEnd(c.Doc, c.First, c.End) is int parentEnd)
                    c.Found.AddNested(Span(c.Doc, EntityType.Organization, c.First, parentEnd, EntityRuleIds.OrganizationParent));
                return true;
            case SplitReading split when split.Parts(c) is { } parts:
                foreach (var part in parts) Classify(c.Doc, part, c.Found);
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
    private bool KeepsLeadingWord(Doc doc, int i, int end)
    {
        string w = doc.TextOf(doc.Tokens[i]);
        if (IsCapitalizedArticle(w) || _lex.English.Months.Contains(w) || !OrganizationRules.IsMidSentence(doc, i)) return false;
        if (NameChunker.IsConnector(doc, doc.Tokens[i - 1], _lex) && !_lex.Entities.DefiniteArticles.Contains(doc.TextOf(doc.Tokens[i - 1]))) return false;
        // "the Government of Kenya": an organisation's opener before "of" and a name.
        if (_lex.Organizations.Openers.Contains(w) && i + 2 < end && _lex.Entities.OfPrepositions.Contains(doc.TextOf(doc.Tokens[i + 1]))) return true;
        for (int k = i + 1; k < end; k++)
        {
            string next = doc.TextOf(doc.Tokens[k]);
            if (_lex.Entities.AndConjunctions.Contains(next)) return false;
            if (_lex.Laws.Heads.Contains(next.TrimEnd('.')) || _orgs.IsHead(next)) return true;
        }
        // "new Online Safety legislation": a lower-case law instrument after the run.
        return end > i + 1 && end < doc.Tokens.Length && _lex.Laws.ProposedLawNouns.Contains(doc.TextOf(doc.Tokens[end]));
    }

    /// <summary>"New Zealand", "South Korea": a common word that opens a place of the gazetteer is the place's.</summary>
    private bool StartsPlace(Doc doc, int first, int end)
    {
        for (int k = first + 2; k <= Math.Min(end, first + 3); k++)
            if (_lex.Names.IsPlace(doc.Slice(doc.Tokens[first].Start, doc.Tokens[k - 1].End))) return true;
        return false;
    }

    /// <summary>"The", "A", "An": an article with a capital first letter and the rest as the article has it.</summary>
    private bool IsCapitalizedArticle(string w) =>
        w.Length > 0 && char.IsUpper(w[0]) && _lex.Entities.Articles.Contains(char.ToLowerInvariant(w[0]) + w[1..]);

    /// <summary>"ABOUT THE COUNCIL": a run in capitals with a common word in it is a heading, not an acronym-led name.</summary>
    private bool IsShouted(Doc doc, int first, int end)
    {
        if (end - first < 2) return false;
        bool common = false;
        for (int i = first; i < end; i++)
        {
            var t = doc.Tokens[i];
            if (!Acronyms.IsAcronym(doc, t)) return false;
            string w = doc.TextOf(t);
            common |= _lex.English.CommonCapitalized.Contains(w) || _lex.Names.Nationalities.Contains(w) || _lex.Organizations.Heads.Contains(w);
        }
        return common;
    }

    private static EntityMention Span(Doc doc, EntityType type, int first, int end, string rule)
    {
        var tokens = doc.Tokens;
        int s = tokens[first].Start, e = tokens[end - 1].End;
        return new EntityMention(type, s, e, doc.Slice(s, e), rule);
    }
}
