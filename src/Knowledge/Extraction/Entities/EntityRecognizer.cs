using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Knowledge.Extraction.Laws;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Recognises people, organisations, laws and places without a statistical model: numbered-law
/// patterns, capitalised runs classified by lexicons (honorifics, given names, organisation and
/// law heads, places) and context (a title after a comma, a speech verb, a pseudonym marker),
/// acronyms defined in the text ("Full Name (ACR)"), and later mentions by surname, honorific and
/// surname, first name or acronym, linked to the full name in the same document.
/// </summary>
public sealed class EntityRecognizer : IDocComponent
{
    private readonly LexiconSet _lex;
    private readonly PersonNameRules _persons;
    private readonly OrganizationRules _orgs;
    private readonly OrganizationContext _orgContext;

    /// <summary>Creates the recogniser over the given lexicons.</summary>
    public EntityRecognizer(LexiconSet lexicons)
    {
        _lex = lexicons;
        _persons = new PersonNameRules(lexicons);
        _orgs = new OrganizationRules(lexicons);
        _orgContext = new OrganizationContext(lexicons);
    }

    /// <summary>Creates the recogniser over the default lexicons.</summary>
    public EntityRecognizer() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var found = new MentionSet(doc);
        FindNumberedLaws(doc, found);
        FindExpandedActs(doc, found);
        FindAntiLaws(doc, found);
        LawRules.FindProposed(doc, found, _lex);
        foreach (var s in doc.Sentences)
        {
            if (IsTitleCaseHeadline(doc, s)) continue;
            foreach (var chunk in NameChunker.Chunks(doc, s, _lex)) Classify(doc, chunk, found);
        }
        OrganizationUnits.Join(doc, found, _orgs);
        WorkAppositives.Retype(doc, found);
        TitlePortfolios.Drop(doc, found, _lex);
        AcronymLinker.Link(doc, found, _lex);
        _persons.LinkShortForms(doc, found);
        _orgContext.Find(doc, found);
        OrganizationRules.LinkBareHeads(doc, found, _lex);
        OrganizationUnits.LinkExpandedAcronyms(found);
        FindLawsInLinks(doc, found);
        LawRules.FindInHeadlines(doc, found, s => IsTitleCaseHeadline(doc, s));
        LawRules.FindListed(doc, found);
        LawEquivalence.Link(doc, found);
        return doc with { Entities = found.ToSortedArray() };
    }

    private static void FindNumberedLaws(Doc doc, MentionSet found)
    {
        foreach (var pattern in new[] { LawPatterns.RepublicAct, LawPatterns.Bill, LawPatterns.Ordinance })
            foreach (Match m in pattern.Matches(doc.Text))
            {
                if (doc.BlockIndexAt(m.Index) < 0) continue;
                var (name, key) = LawPatterns.Describe(m, pattern);
                found.Add(new EntityMention(EntityType.Law, m.Index, m.Index + m.Length, name, "law-number") { Key = key });
            }
    }

    private static void FindExpandedActs(Doc doc, MentionSet found)
    {
        foreach (Match m in LawPatterns.ExpandedAcronymAct.Matches(doc.Text))
        {
            string head = m.Groups["head"].Value;
            string shortName = $"{m.Groups["acr"].Value} {head}";
            string longName = $"{m.Groups["exp"].Value.Trim()} {head}";
            string key = "law-" + Slug.Of(longName);
            found.Add(new EntityMention(EntityType.Law, m.Index, m.Index + m.Length, longName, "law-expanded-acronym") { Key = key, SameAs = shortName });
        }
    }

    private static void FindAntiLaws(Doc doc, MentionSet found)
    {
        foreach (Match m in LawPatterns.AntiLaw.Matches(doc.Text))
        {
            var g = m.Groups["name"];
            string name = g.Value + " Law";
            found.Add(new EntityMention(EntityType.Law, g.Index, m.Index + m.Length, name, "law-anti") { Key = LawKeys.Of(name) });
        }
    }

    private static void FindLawsInLinks(Doc doc, MentionSet found)
    {
        foreach (var link in doc.Links)
        {
            var m = LawPatterns.UrlRepublicAct.Match(link.Url);
            if (!m.Success || link.End <= link.Start) continue;
            string key = $"law-ra-{m.Groups["n"].Value}";
            var inLink = found.Overlapping(link.Start, link.End).Where(e => e.Type == EntityType.Law).ToList();
            if (inLink.Count == 0)
            {
                found.Add(new EntityMention(EntityType.Law, link.Start, link.End, $"Republic Act No. {m.Groups["n"].Value}", "law-link-url") { Key = key });
                continue;
            }
            foreach (var e in inLink) found.Replace(e, e with { Key = key, SameAs = $"Republic Act No. {m.Groups["n"].Value}", EquivalentKeys = [.. e.EquivalentKeys, e.Key ?? LawKeys.Of(e.Name)] });
        }
    }

    /// <summary>A headline in title case ("Court Sentences Trafficker") tells nothing by its capitals.</summary>
    private static bool IsTitleCaseHeadline(Doc doc, Sentence s)
    {
        if (doc.Blocks[s.BlockIndex].Kind is not (BlockKind.Title or BlockKind.Heading)) return false;
        int words = 0, caps = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < 4) continue;
            words++;
            if (char.IsUpper(doc.Text[t.Start])) caps++;
        }
        return words > 0 && caps * 10 >= words * 6;
    }

    private void Classify(Doc doc, NameChunk chunk, MentionSet found)
    {
        var tokens = doc.Tokens;
        int first = chunk.FirstToken, end = chunk.EndToken;
        // Leading common words ("The", "In", "According") are not part of a name.
        while (first < end && _lex.English.CommonCapitalized.Contains(doc.TextOf(tokens[first]))
               && !(first + 1 < end && IsAcronym(doc, tokens[first])) && !KeepsLeadingWord(doc, first, end)) first++;
        // "According to the X Foundation": connectors left at the front after the common word are not the name's.
        while (first < end && NameChunker.IsConnector(doc, tokens[first])) first++;
        while (end > first && NameChunker.IsConnector(doc, tokens[end - 1])) end--;
        if (first >= end) return;
        if (found.Overlapping(tokens[first].Start, tokens[end - 1].End).Any()) return;

        if (IsShouted(doc, first, end)) return;
        var words = new List<string>(end - first);
        for (int i = first; i < end; i++) words.Add(doc.TextOf(tokens[i]));
        string last = words[^1].TrimEnd('.');

        if (_lex.Laws.Heads.Contains(last) && words.Count >= 2 || (IsYear(last) && words.Count >= 3 && words.Any(w => _lex.Laws.Heads.Contains(w))))
        {
            AddSpan(doc, found, EntityType.Law, first, end, "law-name", key: LawKeys.Of(doc.Slice(tokens[first].Start, tokens[end - 1].End)));
            return;
        }
        if (_orgs.SplitAtPlace(doc, first, end) is int placeAt)
        {
            Classify(doc, new NameChunk(first, placeAt), found);
            Classify(doc, new NameChunk(placeAt + 1, end), found);
            return;
        }
        if (IsWorkEdition(doc, words, end))
        {
            AddSpan(doc, found, EntityType.Work, first, end, "work-name");
            return;
        }
        if (_orgs.Split(doc, first, end) is { } parts)
        {
            foreach (var part in parts) Classify(doc, part, found);
            return;
        }
        if (_orgs.IsBranch(doc, first, end) || OrganizationRules.IsStandaloneHead(doc, first, end) || OpensWithOpener(doc, first, end))
        {
            AddOrganization(doc, found, first, end, "organization-form");
            return;
        }
        if (IsWorkName(words))
        {
            AddSpan(doc, found, EntityType.Work, first, end, "work-name");
            return;
        }
        // "Rights Lab Director Prof. Ana Reyes": the title and name are a person; the words before stand alone.
        int titled = _persons.TitledNameStart(doc, first, end);
        if (titled > first && _persons.TryPerson(doc, titled, end) is { } titledPerson)
        {
            Classify(doc, new NameChunk(first, titled), found);
            found.Add(titledPerson);
            return;
        }
        bool hasOrgHead = false;
        for (int i = 0; i < words.Count; i++)
            if (IsOrgHead(words[i]) && !(i == 0 && words.Count == 1)) hasOrgHead = true;
        if (hasOrgHead && !_persons.OpensWithTitledName(doc, first, end))
        {
            // "Executive Director of the Center…": drop a leading job title.
            int f = _orgs.SkipLeadingTitles(doc, first, end);
            if (f < end && (f == first || f < end - 1 || IsOrgHead(doc.TextOf(tokens[f]))))
            {
                if (f > first)
                {
                    Classify(doc, new NameChunk(f, end), found);
                    return;
                }
                AddOrganization(doc, found, f, end, "organization-head");
                return;
            }
        }
        // No head word: a connector joins separate names ("Samson Inocencio of IJM").
        for (int i = first; i < end; i++)
        {
            if (!NameChunker.IsConnector(doc, tokens[i]) || IsNameParticle(doc, i, first, end)) continue;
            Classify(doc, new NameChunk(first, i), found);
            int next = i;
            while (next < end && NameChunker.IsConnector(doc, tokens[next])) next++;
            Classify(doc, new NameChunk(next, end), found);
            return;
        }
        string text = doc.Slice(tokens[first].Start, tokens[end - 1].End);
        if (end < tokens.Length && doc.TextOf(tokens[end]) == "government" && (_lex.Names.Nationalities.Contains(text) || _lex.Names.Places.Contains(text)))
        {
            found.Add(Span(doc, EntityType.Organization, first, end + 1, "organization-national-government") with { Key = OrganizationRules.GovernmentKey(text) });
            return;
        }
        if (_lex.Names.Places.Contains(text))
        {
            AddSpan(doc, found, EntityType.Place, first, end, "place");
            return;
        }
        var person = _persons.TryPerson(doc, first, end);
        if (person is not null) found.Add(person);
    }

    /// <summary>
    /// A work's name ends with a work's head ("Annual Review", "Scale-up Method"), with no organisation's
    /// head in it or none right before the work's head; after one ("Trade Union Report") the name is
    /// the organisation's work, which <see cref="OrganizationRules.Split"/> splits first.
    /// </summary>
    private bool IsWorkName(List<string> words) =>
        words.Count >= 2 && _lex.Works.Heads.Contains(words[^1]) && !IsOrgHead(words[^1])
        && (!words.Any(w => _lex.Organizations.Heads.Contains(w)) || !IsOrgHead(words[^2]));

    /// <summary>An edition of a work: a work's head with a year after it ("Global University Rankings 2024").</summary>
    private bool IsWorkEdition(Doc doc, List<string> words, int end) =>
        words.Count >= 2 && _lex.Works.Heads.Contains(words[^1]) && !IsOrgHead(words[^1])
        && end < doc.Tokens.Length && doc.Tokens[end].Kind == TokenKind.Number && IsYear(doc.TextOf(doc.Tokens[end]))
        && !doc.Text.AsSpan(doc.Tokens[end - 1].End, doc.Tokens[end].Start - doc.Tokens[end - 1].End).Contains('\n');

    /// <summary>
    /// A common capitalised word written capitalised mid-sentence before a law's or organisation's
    /// head belongs to the name ("the draft Online Safety Bill"); articles, days and months never do.
    /// </summary>
    private bool KeepsLeadingWord(Doc doc, int i, int end)
    {
        string w = doc.TextOf(doc.Tokens[i]);
        if (w is "The" or "A" or "An" || _lex.English.Months.Contains(w) || !OrganizationRules.IsMidSentence(doc, i)) return false;
        if (NameChunker.IsConnector(doc, doc.Tokens[i - 1]) && doc.TextOf(doc.Tokens[i - 1]) != "the") return false;
        for (int k = i + 1; k < end; k++)
        {
            string next = doc.TextOf(doc.Tokens[k]);
            if (next is "and" or "&") return false;
            if (_lex.Laws.Heads.Contains(next.TrimEnd('.')) || IsOrgHead(next)) return true;
        }
        return false;
    }

    /// <summary>"ABOUT THE COUNCIL": a run in capitals with a common word in it is a heading, not an acronym-led name.</summary>
    private bool IsShouted(Doc doc, int first, int end)
    {
        if (end - first < 2) return false;
        bool common = false;
        for (int i = first; i < end; i++)
        {
            var t = doc.Tokens[i];
            if (!IsAcronym(doc, t)) return false;
            string w = doc.TextOf(t);
            common |= _lex.English.CommonCapitalized.Contains(w) || _lex.Names.Nationalities.Contains(w) || _lex.Organizations.Heads.Contains(w);
        }
        return common;
    }

    /// <summary>"House of Delegates", "Court of Appeals": an organisation opener, then "of" or "for" and a capitalised name.</summary>
    private bool OpensWithOpener(Doc doc, int first, int end) =>
        end - first >= 3 && _lex.Organizations.Openers.Contains(doc.TextOf(doc.Tokens[first]))
        && doc.TextOf(doc.Tokens[first + 1]) is "of" or "for" && OrganizationRules.IsMidSentence(doc, first);

    private static bool IsNameParticle(Doc doc, int i, int first, int end)
    {
        // de, dela, van, von inside a person's name ("Leila de Lima").
        var w = doc.TextOf(doc.Tokens[i]);
        return w is "de" or "dela" or "del" or "van" or "von" or "da" or "di" or "du" or "der" or "bin" or "y" && i > first && i < end - 1;
    }

    private bool IsOrgHead(string word) =>
        _lex.Organizations.Heads.Contains(word.TrimEnd('.')) && char.IsUpper(word[0]) || _lex.Organizations.Suffixes.Contains(word);

    private static bool IsYear(string w) => w.Length == 4 && w.All(char.IsDigit) && (w[0] == '1' || w[0] == '2');

    internal static bool IsAcronym(Doc doc, Token t)
    {
        if (t.Kind != TokenKind.Word || t.Length < 2) return false;
        int upper = 0;
        for (int i = t.Start; i < t.End; i++)
        {
            char c = doc.Text[i];
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) return false;
        }
        return upper >= 2;
    }

    /// <summary>Adds an organisation, and the parent body its name begins with ("Ministry of Health" in "Ministry of Health Office for …").</summary>
    private void AddOrganization(Doc doc, MentionSet found, int first, int end, string rule)
    {
        if (!found.Add(Span(doc, EntityType.Organization, first, end, rule))) return;
        if (_orgs.ParentEnd(doc, first, end) is int parentEnd)
            found.AddNested(Span(doc, EntityType.Organization, first, parentEnd, "organization-parent"));
    }

    private static void AddSpan(Doc doc, MentionSet found, EntityType type, int first, int end, string rule, string? key = null) =>
        found.Add(Span(doc, type, first, end, rule) with { Key = key });

    private static EntityMention Span(Doc doc, EntityType type, int first, int end, string rule)
    {
        var tokens = doc.Tokens;
        int s = tokens[first].Start, e = tokens[end - 1].End;
        return new EntityMention(type, s, e, doc.Slice(s, e), rule);
    }
}
