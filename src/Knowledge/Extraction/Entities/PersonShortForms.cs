using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Links surnames, honorific + surname and first names to the full name given in the document
/// (the nearest earlier full name with that surname; a first name only when one person has it).
/// </summary>
internal sealed class PersonShortForms(LexiconSet lex)
{
    /// <summary>
    /// The forms a surname is written in alone: the last word, each part of a hyphenated last word
    /// ("Reyes-Santos": "Reyes", "Santos"), and the last two words of a name of three or more ("Ana Cruz Ortega": "Cruz Ortega").
    /// </summary>
    private static IEnumerable<string> SurnameForms(string name, string surname)
    {
        yield return surname;
        if (surname.Contains('-'))
            foreach (var part in surname.Split('-'))
                if (part.Length > 1 && char.IsUpper(part[0])) yield return part;
        var words = name.Split(' ');
        int at = Array.LastIndexOf(words, surname);
        if (at >= 2 && char.IsUpper(words[at - 1][0]) && words[at - 1].Length > 2 && !words[at - 1].EndsWith('.')) yield return words[at - 1] + " " + surname;
    }

    public void Link(Doc doc, EntityMentionSet found)
    {
        var full = found.Items.Where(m => m.Type == EntityType.Person && m.Name.Contains(' ')).ToList();
        if (full.Count == 0) return;
        string Surname(string name)
        {
            var parts = name.Split(' ');
            int k = parts.Length - 1;
            while (k > 0 && lex.Names.NameSuffixes.Contains(parts[k])) k--;
            return parts[k];
        }
        var bySurname = full.SelectMany(m => SurnameForms(m.Name, Surname(m.Name)).Select(s => (Surname: s, Mention: m)))
            .GroupBy(x => x.Surname, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Mention).Distinct().ToList(), StringComparer.Ordinal);
        var byGiven = full.GroupBy(m => m.Name.Split(' ')[0], StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Name).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        EntityMention? Resolve(string word, int at)
        {
            if (bySurname.TryGetValue(word, out var list))
                return list.Where(m => m.Start < at).OrderByDescending(m => m.Start).FirstOrDefault() ?? list[0];
            return byGiven.TryGetValue(word, out var g) ? g : null;
        }

        // One-word persons (honorific + surname) and compound surnames ("Senator Cortez Masto") take the full name.
        foreach (var m in found.Items.Where(m => m.Type == EntityType.Person && (!m.Name.Contains(' ') || IsCompoundSurname(m))).ToList())
        {
            var target = Resolve(m.Name, m.Start);
            if (target is not null) found.Replace(m, m with { Name = target.Name, SameAs = m.Name, Rule = EntityRuleIds.LinkedBySurname(m.Rule) });
        }
        bool IsCompoundSurname(EntityMention m) =>
            m.Name.Split(' ').Length == 2 && !lex.Names.GivenNames.Contains(m.Name.Split(' ')[0]) && bySurname.ContainsKey(m.Name)
            && bySurname[m.Name].Any(f => f.Name != m.Name);
        // Only a capitalised word that is a known surname or first name is copied: the others are looked up by span.
        var table = doc.TokenTable(lex);
#if NET9_0_OR_GREATER
        var surnames = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        var givens = byGiven.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || (table.Shape(i) & TokenShape.StartsUpper) == 0) continue;
#if NET9_0_OR_GREATER
            var span = table.SpanOf(i);
            if (!surnames.ContainsKey(span) && !givens.ContainsKey(span)) continue;
#endif
            if (found.AnyOverlapping(t.Start, t.End)) continue;
            // "Reyes-Santos" may also be written as part of a longer run; only lone words are linked here.
            var word = doc.TextOf(t);
            var target = Resolve(word, t.Start);
            if (target is null) continue;
            if (i + 1 < tokens.Length && NameChunker.IsNameToken(doc, tokens[i + 1])) continue;
            found.Add(new EntityMention(EntityType.Person, t.Start, t.End, target.Name, EntityRuleIds.ShortForm) { SameAs = word });
        }
    }
}
