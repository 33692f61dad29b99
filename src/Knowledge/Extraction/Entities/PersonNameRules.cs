using Knowledge.Extraction.Roles;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Decides whether a capitalised run is a person's name, and links later short forms (surname,
/// honorific + surname, first name) to the full name given earlier in the same document.
/// </summary>
internal sealed class PersonNameRules
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV" };

    /// <summary>Whether a word is a generational suffix written after a name ("Jr.", "III").</summary>
    public static bool IsSuffix(string word) => Suffixes.Contains(word);
    private readonly LexiconSet _lex;
    private readonly TitlePhrases _titles;

    public PersonNameRules(LexiconSet lexicons)
    {
        _lex = lexicons;
        _titles = new TitlePhrases(lexicons);
    }

    /// <summary>
    /// Whether the run opens with honorifics or titles ("Atty.", "Vice Mayor", "Director Prof.", "Senators");
    /// <paramref name="length"/> is their token count. At least one token is left for the name.
    /// </summary>
    public bool StartsWithHonorific(Doc doc, int first, int end, out int length)
    {
        length = end - first > 1 ? _titles.StackedLengthAt(doc, first, end - 1) : 0;
        return length > 0;
    }

    /// <summary>
    /// Whether the run opens with titles that a name follows ("Atty. Juan Cruz of …"), rather than titles
    /// joined to further titles or an organisation ("National Director and Vice President of …").
    /// </summary>
    public bool OpensWithTitledName(Doc doc, int first, int end) =>
        StartsWithHonorific(doc, first, end, out int n) && !NameChunker.IsConnector(doc, doc.Tokens[first + n])
        // "Global Justice Mission": a title word followed only by an organisation's head word is part of the name.
        && !(first + n == end - 1 && _lex.Organizations.Heads.Contains(doc.TextOf(doc.Tokens[end - 1]).TrimEnd('.')));

    /// <summary>
    /// Where a title that opens a person's name starts inside a longer run ("Rights Lab Director Prof. Ana
    /// Reyes", "Metro Senior City Prosecutor Ben Cruz"): the title's first token, when the tokens after the
    /// titles are two to four name words; otherwise -1. The words before the title are left to be
    /// classified on their own (usually the organisation or place the title belongs to).
    /// </summary>
    public int TitledNameStart(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (OpensWithTitledName(doc, first, end)) return -1;
        for (int p = first + 1; p < end - 2; p++)
        {
            // "Regional Prosecutor …": a modifier before the title belongs to it.
            if (_titles.IsModifier(doc.TextOf(tokens[p - 1]))) continue;
            int n = _titles.StackedLengthAt(doc, p, end - 2);
            if (n == 0) continue;
            int nameStart = p + n, count = end - nameStart;
            if (count < 2 || count > 4) continue;
            bool nameLike = Enumerable.Range(nameStart, count).All(i =>
            {
                var w = doc.TextOf(tokens[i]);
                return NameChunker.IsNameToken(doc, tokens[i]) && !_lex.Organizations.Heads.Contains(w.TrimEnd('.'))
                       && !_lex.Organizations.Suffixes.Contains(w) && !_titles.IsLexiconTitle(w) && !_lex.English.CommonCapitalized.Contains(w);
            });
            if (nameLike) return p;
        }
        return -1;
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
        if (words.Any(w => _lex.English.Months.Contains(w.TrimEnd('.')) || _lex.Names.Places.Contains(w) || _lex.Names.Nationalities.Contains(w)
                           || _lex.Titles.PersonTitles.Contains(w) || _lex.Laws.Heads.Contains(w) || IsAllCaps(w) && w.Length > 2 && !Suffixes.Contains(w)))
            return null;
        if (n >= 2 && words.Any(w => _lex.English.CommonCapitalized.Contains(w))) return null;
        // "Justice Mission", "Director Health Office": a name that ends in an organisation's head word is the organisation's.
        if (_lex.Organizations.Heads.Contains(words[^1].TrimEnd('.')) && !_lex.Names.GivenNames.Contains(words[^1])) return null;

        int spanEnd = end;
        // "Samson Inocencio, Jr." — a suffix after a comma belongs to the name.
        if (end + 1 < tokens.Length && doc.TextOf(tokens[end]) == "," && Suffixes.Contains(doc.TextOf(tokens[end + 1])))
        {
            words.Add(doc.TextOf(tokens[end + 1]));
            spanEnd = end + 2;
        }
        string rule;
        if (honorific is not null) rule = "honorific";
        else if (n >= 2 && _lex.Names.GivenNames.Contains(words[0])) rule = "given-name";
        else if (n >= 3 && words.Skip(1).Take(n - 2).Any(w => w.Length == 2 && w[1] == '.')) rule = "middle-initial";
        else if (words.Count(w => !Suffixes.Contains(w)) >= 2 && words.Skip(1).Any(w => Suffixes.Contains(w))) rule = "name-suffix";
        else if (n >= 2 && (FollowedByTitle(doc, end) || PrecededBySpeechVerb(doc, f) || PrecededByLowerCaseTitle(doc, first))) rule = "context";
        else if (n >= 2 && n <= 4 && FollowedByPartyTag(doc, end)) rule = "party-tag";
        else if (n == 1 && IsPseudonym(doc, f)) rule = "pseudonym";
        else return null;
        if (n == 1 && honorific is null && rule != "pseudonym") return null;

        int start = tokens[f].Start, stop = tokens[spanEnd - 1].End;
        string name = string.Join(' ', words);
        return new EntityMention(EntityType.Person, honorific is null ? start : tokens[first].Start, stop, name, rule) { Honorific = honorific };
    }

    private static bool IsAllCaps(string w) => w.Any(char.IsLetter) && !w.Any(char.IsLower);

    private bool FollowedByTitle(Doc doc, int end)
    {
        var t = doc.Tokens;
        if (end + 1 >= t.Length || doc.TextOf(t[end]) != ",") return false;
        int i = end + 1;
        if (i < t.Length && doc.TextOf(t[i]) is "the" or "a" or "an") i++;
        for (int k = i; k < Math.Min(t.Length, i + 6); k++)
            if (_lex.Titles.PersonTitles.Contains(doc.TextOf(t[k]))) return true;
        return false;
    }

    private bool PrecededBySpeechVerb(Doc doc, int f) =>
        f > 0 && _lex.Speech.SpeechVerbs.Contains(doc.TextOf(doc.Tokens[f - 1]));

    /// <summary>
    /// Lower-case words that are titles but also common nouns or verbs ("lead", "host", "partner"), so
    /// they do not make the capitalised words after them a name.
    /// </summary>
    private static readonly HashSet<string> AmbiguousLowerCaseTitles = new(StringComparer.Ordinal)
    { "lead", "head", "host", "partner", "general", "member", "associate", "assistant", "advocate", "counsel", "fellow", "delegate", "deputy", "chief", "officer", "principal", "artist" };

    /// <summary>"said local councillor Ana Reyes": a lower-case title right before the run.</summary>
    private bool PrecededByLowerCaseTitle(Doc doc, int first)
    {
        if (first == 0) return false;
        var t = doc.Tokens[first - 1];
        var w = doc.TextOf(t);
        return t.Kind == TokenKind.Word && char.IsLower(w[0]) && _titles.IsHead(w) && !AmbiguousLowerCaseTitles.Contains(w);
    }

    /// <summary>A legislator's party and state tag after the name: "(R-Ohio)", "(D-VT)", "(I-Maine)".</summary>
    private static bool FollowedByPartyTag(Doc doc, int end) =>
        end < doc.Tokens.Length && PartyTag.IsMatch(doc.Text.AsSpan(doc.Tokens[end - 1].End, Math.Min(40, doc.Text.Length - doc.Tokens[end - 1].End)));

    private static readonly System.Text.RegularExpressions.Regex PartyTag = new(
        @"^\s*\((?:R|D|I|Ind|DFL)\s?[-–]\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether a one-word name looks like a given name: a capital, then lower-case letters.</summary>
    private static bool LooksLikeGivenName(string w) =>
        w.Length >= 2 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c == '-' || c == '\'');

    private bool IsPseudonym(Doc doc, int i)
    {
        var t = doc.Tokens;
        if (!LooksLikeGivenName(doc.TextOf(t[i]))) return false;
        string prev = i > 0 ? doc.TextOf(t[i - 1]) : "";
        string next = i + 1 < t.Length ? doc.TextOf(t[i + 1]) : "";
        string next2 = i + 2 < t.Length ? doc.TextOf(t[i + 2]) : "";
        if (next == "*" && !ClosesEmphasis(doc, t[i])) return true;
        if (next == "(" && next2 is "not" or "a" or "pseudonym" or "name") return true;
        if (prev is "called" or "named" or "alias") return true;
        if (InIntroducedList(doc, i)) return true;
        bool given = _lex.Names.GivenNames.Contains(doc.TextOf(t[i]));
        if (given && (_lex.Speech.SpeechVerbs.Contains(prev) || _lex.Speech.SpeechVerbs.Contains(next))) return true;
        if (given && next == "," && next2 is "a" or "an" or "one" or "who" or "the") return true;
        return false;
    }

    /// <summary>"*Scale of Harm*": a star after the word closes emphasis opened earlier on the line, not a pseudonym mark.</summary>
    private static bool ClosesEmphasis(Doc doc, Token word)
    {
        var text = doc.Text;
        for (int k = word.Start - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (text[k] != '*') continue;
            bool opens = k + 1 < text.Length && char.IsLetterOrDigit(text[k + 1]) && (k == 0 || !char.IsLetterOrDigit(text[k - 1]));
            return opens;
        }
        return false;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is an item of a list of one-word names introduced by
    /// "pseudonyms", "named", "called" or a plural title ("survivor leaders Ana, Bea and Cora").
    /// </summary>
    private bool InIntroducedList(Doc doc, int i)
    {
        int start = ListStart(doc, i, out int items);
        if (start <= 0) return false;
        var intro = doc.TextOf(doc.Tokens[start - 1]);
        if (intro is "pseudonyms" or "pseudonym" or "named" or "called" or "aliases") return true;
        return items >= 2 && _titles.IsPlural(intro);
    }

    /// <summary>The first token of the list of one-word names that token <paramref name="i"/> belongs to.</summary>
    internal static int ListStart(Doc doc, int i, out int items)
    {
        var t = doc.Tokens;
        items = 1;
        int j = i;
        while (true)
        {
            int k = j - 1;
            if (k >= 0 && doc.TextOf(t[k]) == "*") k--;
            if (k < 0) break;
            string sep = doc.TextOf(t[k]);
            if (sep is not ("," or "and")) break;
            k--;
            if (sep == "and" && k >= 0 && doc.TextOf(t[k]) == ",") k--;
            if (k >= 0 && doc.TextOf(t[k]) == "*") k--;
            if (k < 0 || !IsSingleNameWord(doc, k)) break;
            j = k;
            items++;
        }
        // Count the items after the token too.
        int f = i + 1;
        while (f < t.Length)
        {
            if (doc.TextOf(t[f]) == "*") f++;
            if (f >= t.Length || doc.TextOf(t[f]) is not ("," or "and")) break;
            bool and = doc.TextOf(t[f]) == "and";
            f++;
            if (!and && f < t.Length && doc.TextOf(t[f]) == "and") f++;
            if (f >= t.Length || !IsSingleNameWord(doc, f)) break;
            items++;
            f++;
        }
        return j;
    }

    private static bool IsSingleNameWord(Doc doc, int k)
    {
        var t = doc.Tokens;
        return t[k].Kind == TokenKind.Word && LooksLikeGivenName(doc.TextOf(t[k])) && (k == 0 || !NameChunker.IsNameToken(doc, t[k - 1]));
    }

    /// <summary>
    /// Links surnames, honorific + surname and first names to the full name given in the document
    /// (the nearest earlier full name with that surname; a first name only when one person has it).
    /// </summary>
    public void LinkShortForms(Doc doc, MentionSet found)
    {
        var full = found.Items.Where(m => m.Type == EntityType.Person && m.Name.Contains(' ')).ToList();
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
        foreach (var m in found.Items.Where(m => m.Type == EntityType.Person && !m.Name.Contains(' ')).ToList())
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
            found.Add(new EntityMention(EntityType.Person, t.Start, t.End, target.Name, "short-form") { SameAs = word });
        }
    }
}
