using Knowledge.Graph;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>
/// Decides whether a capitalised run is a person's name, and links later short forms (surname,
/// honorific + surname, first name) to the full name given earlier in the same document.
/// </summary>
internal sealed class PersonNameRules
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV" };
    private readonly Lexicons _lex;

    public PersonNameRules(Lexicons lexicons) => _lex = lexicons;

    /// <summary>Whether the run opens with an honorific or title ("Atty.", "Vice Mayor"); <paramref name="length"/> is its token count.</summary>
    public bool StartsWithHonorific(Doc doc, int first, int end, out int length)
    {
        for (int n = Math.Min(4, end - first - 1); n >= 1; n--)
        {
            var phrase = string.Join(' ', Enumerable.Range(first, n).Select(i => doc.TextOf(doc.Tokens[i]).TrimEnd('.')));
            if (_lex.Honorifics.Contains(phrase) || _lex.PersonTitles.Contains(phrase))
            {
                length = n;
                return true;
            }
        }
        length = 0;
        return false;
    }

    /// <summary>Returns a person mention for tokens [first, end), or null when the run is not a person's name.</summary>
    public EntityMention? TryPerson(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        string? honorific = null;
        int f = first;
        if (StartsWithHonorific(doc, first, end, out int hl))
        {
            honorific = doc.Slice(tokens[first].Start, tokens[first + hl - 1].End);
            f = first + hl;
        }
        int n = end - f;
        if (n < 1 || n > 5) return null;
        var words = Enumerable.Range(f, n).Select(i => doc.TextOf(tokens[i])).ToList();
        if (words.Any(w => _lex.Months.Contains(w.TrimEnd('.')) || _lex.Places.Contains(w) || _lex.Nationalities.Contains(w)
                           || _lex.PersonTitles.Contains(w) || _lex.LawHeads.Contains(w) || IsAllCaps(w) && w.Length > 2 && !Suffixes.Contains(w)))
            return null;
        if (n >= 2 && words.Any(w => _lex.CommonCapitalized.Contains(w))) return null;

        int spanEnd = end;
        // "Samson Inocencio, Jr." — a suffix after a comma belongs to the name.
        if (end + 1 < tokens.Length && doc.TextOf(tokens[end]) == "," && Suffixes.Contains(doc.TextOf(tokens[end + 1])))
        {
            words.Add(doc.TextOf(tokens[end + 1]));
            spanEnd = end + 2;
        }
        string rule;
        if (honorific is not null) rule = "honorific";
        else if (n >= 2 && _lex.GivenNames.Contains(words[0])) rule = "given-name";
        else if (n >= 3 && words.Skip(1).Take(n - 2).Any(w => w.Length == 2 && w[1] == '.')) rule = "middle-initial";
        else if (n >= 2 && words.Skip(1).Any(w => Suffixes.Contains(w))) rule = "name-suffix";
        else if (n >= 2 && (FollowedByTitle(doc, end) || PrecededBySpeechVerb(doc, f))) rule = "context";
        else if (n == 1 && IsPseudonym(doc, f)) rule = "pseudonym";
        else return null;
        if (n == 1 && honorific is null && rule != "pseudonym") return null;

        int start = tokens[f].Start, stop = tokens[spanEnd - 1].End;
        string name = string.Join(' ', words);
        return new EntityMention(NodeType.Person, honorific is null ? start : tokens[first].Start, stop, name, rule) { Honorific = honorific };
    }

    private static bool IsAllCaps(string w) => w.Any(char.IsLetter) && !w.Any(char.IsLower);

    private bool FollowedByTitle(Doc doc, int end)
    {
        var t = doc.Tokens;
        if (end + 1 >= t.Length || doc.TextOf(t[end]) != ",") return false;
        int i = end + 1;
        if (i < t.Length && doc.TextOf(t[i]) is "the" or "a" or "an") i++;
        for (int k = i; k < Math.Min(t.Length, i + 6); k++)
            if (_lex.PersonTitles.Contains(doc.TextOf(t[k]))) return true;
        return false;
    }

    private bool PrecededBySpeechVerb(Doc doc, int f) =>
        f > 0 && _lex.SpeechVerbs.Contains(doc.TextOf(doc.Tokens[f - 1]));

    private bool IsPseudonym(Doc doc, int i)
    {
        var t = doc.Tokens;
        string prev = i > 0 ? doc.TextOf(t[i - 1]) : "";
        string next = i + 1 < t.Length ? doc.TextOf(t[i + 1]) : "";
        string next2 = i + 2 < t.Length ? doc.TextOf(t[i + 2]) : "";
        if (next == "*") return true;
        if (next == "(" && next2 is "not" or "a" or "pseudonym" or "name") return true;
        if (prev is "called" or "named" or "alias") return true;
        bool given = _lex.GivenNames.Contains(doc.TextOf(t[i]));
        if (given && (_lex.SpeechVerbs.Contains(prev) || _lex.SpeechVerbs.Contains(next))) return true;
        if (given && next == "," && next2 is "a" or "an" or "one" or "who" or "the") return true;
        return false;
    }

    /// <summary>
    /// Links surnames, honorific + surname and first names to the full name given in the document
    /// (the nearest earlier full name with that surname; a first name only when one person has it).
    /// </summary>
    public void LinkShortForms(Doc doc, MentionSet found)
    {
        var full = found.Items.Where(m => m.Type == NodeType.Person && m.Name.Contains(' ')).ToList();
        if (full.Count == 0) return;
        string Surname(string name)
        {
            var parts = name.Split(' ');
            int k = parts.Length - 1;
            while (k > 0 && Suffixes.Contains(parts[k])) k--;
            return parts[k];
        }
        var bySurname = full.GroupBy(m => Surname(m.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byGiven = full.GroupBy(m => m.Name.Split(' ')[0], StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Name).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        EntityMention? Resolve(string word, int at)
        {
            if (bySurname.TryGetValue(word, out var list))
                return list.Where(m => m.Start < at).OrderByDescending(m => m.Start).FirstOrDefault() ?? list[0];
            return byGiven.TryGetValue(word, out var g) ? g : null;
        }

        // One-word persons (honorific + surname) take the full name.
        foreach (var m in found.Items.Where(m => m.Type == NodeType.Person && !m.Name.Contains(' ')).ToList())
        {
            var target = Resolve(m.Name, m.Start);
            if (target is not null) found.Replace(m, m with { Name = target.Name, SameAs = m.Name, Rule = m.Rule + "+surname" });
        }
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !char.IsUpper(doc.Text[t.Start]) || found.Overlapping(t.Start, t.End).Any()) continue;
            // "Guevara-Garcia" may also be written as part of a longer run; only lone words are linked here.
            var word = doc.TextOf(t);
            var target = Resolve(word, t.Start);
            if (target is null) continue;
            if (i + 1 < tokens.Length && NameChunker.IsNameToken(doc, tokens[i + 1])) continue;
            found.Add(new EntityMention(NodeType.Person, t.Start, t.End, target.Name, "short-form") { SameAs = word });
        }
    }
}
