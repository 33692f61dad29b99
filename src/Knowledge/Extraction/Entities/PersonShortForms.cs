using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Links surnames, honorific + surname and first names to the full name given in the document
/// (the nearest earlier full name with that surname; a first name only when one person has it).
/// </summary>
/// <remarks>
/// The full names' words are read as ranges of the name, not split into strings (issue 18): a surname form, a first
/// name or a word of the text becomes a string only when it is a new key or a link is made.
/// </remarks>
internal sealed class PersonShortForms(LexiconSet lex)
{
    /// <summary>Names of more words than this are split the ordinary way (none is, in practice).</summary>
    private const int MaxWords = 32;

    [ThreadStatic]
    private static ShortFormIndex? t_forms;

    public void Link(Doc doc, EntityMentionSet found)
    {
        var items = found.Items;
        // One index a thread, emptied per document: nothing keeps it past the pass.
        var forms = t_forms ??= new ShortFormIndex();
        forms.Clear();
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type == EntityType.Person && m.Name.Contains(' ')) AddFullName(forms, m);
        }
        if (forms.IsEmpty) return;

        // One-word persons (honorific + surname) and compound surnames ("Senator Cortez Masto") take the full name.
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type != EntityType.Person || m.Name.Contains(' ') && !IsCompoundSurname(forms, m)) continue;
            var target = forms.Resolve(m.Name, m.Start);
            if (target is not null) found.Replace(m, m with { Name = target.Name, SameAs = m.Name, Rule = EntityRuleIds.LinkedBySurname(m.Rule) });
        }
        // Only a capitalised word that is a known surname or first name is copied: the others are looked up by span.
        var table = doc.TokenTable(lex);
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || (table.Shape(i) & TokenShape.StartsUpper) == 0 || !forms.Holds(table.SpanOf(i))) continue;
            if (found.AnyOverlapping(t.Start, t.End)) continue;
            // "Reyes-Santos" may also be written as part of a longer run; only lone words are linked here.
            var target = forms.Resolve(table.SpanOf(i), t.Start);
            if (target is null) continue;
            if (i + 1 < tokens.Length && NameChunker.IsNameToken(doc, tokens[i + 1])) continue;
            found.Add(new EntityMention(EntityType.Person, t.Start, t.End, target.Name, EntityRuleIds.ShortForm) { SameAs = doc.TextOf(t) });
        }
    }

    /// <summary>
    /// Lists a full name under the forms its surname is written in alone: the last word (before any name suffix), each
    /// part of a hyphenated last word ("Reyes-Santos": "Reyes", "Santos"), and the last two words of a name of three or
    /// more ("Ana Cruz Ortega": "Cruz Ortega"); and under its first word.
    /// </summary>
    private void AddFullName(ShortFormIndex forms, EntityMention m)
    {
        string name = m.Name;
        Span<Range> words = stackalloc Range[MaxWords];
        int count = name.AsSpan().Split(words, ' ');
        if (count == MaxWords)
        {
            AddFullNameSplit(forms, m);
            return;
        }
        words = words[..count];
        int k = count - 1;
        while (k > 0 && lex.Names.NameSuffixes.Contains(name.AsSpan()[words[k]])) k--;
        var surname = name.AsSpan()[words[k]];
        forms.AddSurnameForm(surname, m);
        if (surname.Contains('-'))
        {
            for (var rest = surname; ;)
            {
                int dash = rest.IndexOf('-');
                var part = dash < 0 ? rest : rest[..dash];
                if (part.Length > 1 && char.IsUpper(part[0])) forms.AddSurnameForm(part, m);
                if (dash < 0) break;
                rest = rest[(dash + 1)..];
            }
        }
        int at = count - 1;
        while (at >= 0 && !name.AsSpan()[words[at]].SequenceEqual(surname)) at--;
        if (at >= 2)
        {
            var before = name.AsSpan()[words[at - 1]];
            if (before.Length > 2 && char.IsUpper(before[0]) && before[^1] != '.')
                forms.AddSurnameForm(name.AsSpan(words[at - 1].Start.Value, words[at].End.Value - words[at - 1].Start.Value), m);
        }
        forms.AddGivenName(name.AsSpan()[words[0]], m);
    }

    /// <summary><see cref="AddFullName"/> for a name of very many words, split into strings.</summary>
    private void AddFullNameSplit(ShortFormIndex forms, EntityMention m)
    {
        var words = m.Name.Split(' ');
        int k = words.Length - 1;
        while (k > 0 && lex.Names.NameSuffixes.Contains(words[k])) k--;
        string surname = words[k];
        forms.AddSurnameForm(surname, m);
        if (surname.Contains('-'))
            foreach (var part in surname.Split('-'))
                if (part.Length > 1 && char.IsUpper(part[0])) forms.AddSurnameForm(part, m);
        int at = Array.LastIndexOf(words, surname);
        if (at >= 2 && words[at - 1].Length > 2 && char.IsUpper(words[at - 1][0]) && !words[at - 1].EndsWith('.')) forms.AddSurnameForm(words[at - 1] + " " + surname, m);
        forms.AddGivenName(words[0], m);
    }

    private bool IsCompoundSurname(ShortFormIndex forms, EntityMention m)
    {
        string name = m.Name;
        int space = name.IndexOf(' ');
        if (space < 0 || name.IndexOf(' ', space + 1) >= 0 || lex.Names.GivenNames.Contains(name.AsSpan(0, space))) return false;
        return forms.SurnameFormOfAnother(name);
    }
}
