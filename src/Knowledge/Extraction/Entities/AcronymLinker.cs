using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Links acronyms to the names they abbreviate: "Full Name (ACR)" and "ACR (Full Name)" define
/// one, and a hyphenated acronym after a parent's possessive defines the unit ("Harbor Police's Fraud Unit
/// (HP-FU)"); every later use of the acronym (also with a possessive) is a mention of the same entity.
/// An undefined acronym used with a possessive ("XYZ's programme") is taken as an organisation; other
/// undefined acronyms abbreviate the parent body that begins an organisation's name ("EU" beside
/// "Coastal Union Council") or are kept as weak candidates that cross-document resolution may confirm.
/// </summary>
internal sealed class AcronymLinker(LexiconSet lex)
{
    /// <summary>Defines acronyms from "Name (ACR)" and "ACR (Name)", then reads every other acronym token.</summary>
    public void Link(Doc doc, EntityMentionSet found)
    {
        var tokens = doc.Tokens;
        // Built on the first definition: most documents define no acronym.
        Dictionary<string, EntityMention>? defined = null;
        // The mentions found before this pass: the loop only appends definitions after them.
        var items = found.Items;
        int count = items.Count;
        for (int k = 0; k < count; k++)
        {
            var m = items[k];
            if (m.Type is not (EntityType.Organization or EntityType.Law or EntityType.Work)) continue;
            int after = doc.TokenIndexAtOrAfter(m.End);
            if (after + 2 < tokens.Length && doc.SpanOf(tokens[after]) is "(" && Acronyms.IsAcronym(doc, tokens[after + 1])
                && doc.SpanOf(tokens[after + 2]) is ")")
            {
                var acr = doc.TextOf(tokens[after + 1]);
                string? unitAcr = null;
                if (!LettersFit(acr, m.Name) && !LettersInWordsFit(acr, m.Name) && (unitAcr = UnitPart(doc, found, m, acr)) is null) continue;
                defined ??= new Dictionary<string, EntityMention>(StringComparer.Ordinal);
                defined[acr] = m;
                if (unitAcr is not null) defined.TryAdd(unitAcr, m);
                found.Add(new EntityMention(m.Type, tokens[after + 1].Start, tokens[after + 1].End, m.Name, EntityRuleIds.AcronymDefinition) { Key = m.Key, SameAs = acr });
            }
        }
        // Built once: the passes below add only acronym mentions, which never name a parent body.
        var parentBodies = ParentBodies(found);
        // The table's acronym bit is Acronyms.IsAcronym's answer, read without a pass over every token's characters.
        var table = doc.TokenTable(lex);
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!table.IsAcronym(i) || found.AnyOverlapping(t.Start, t.End)) continue;
            // Looked up as a span: the text is copied only for the mention made of it.
            var span = doc.SpanOf(t);
            if (defined is not null && TryGetBySpan(defined, span, out string? acronym, out var def))
            {
                // The acronym's text is the key it was defined by: its uses share that string.
                found.Add(new EntityMention(def.Type, t.Start, t.End, def.Name, EntityRuleIds.AcronymUse) { Key = def.Key, SameAs = acronym });
                continue;
            }
            // "CEO", "CFO": an abbreviated title is no organisation.
            if (lex.Titles.PersonTitles.Contains(span) || lex.Titles.Honorifics.Contains(span)) continue;
            var text = TextOf(span);
            bool possessive = i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Possessive;
            if (parentBodies is not null && TryGetBySpan(parentBodies, span, out _, out var bodies) && bodies.Count == 1 && bodies.Min is { } body)
            {
                found.Add(new EntityMention(EntityType.Organization, t.Start, t.End, body, EntityRuleIds.AcronymParentBody) { SameAs = text });
                continue;
            }
            found.Add(possessive
                ? new EntityMention(EntityType.Organization, t.Start, t.End, text, EntityRuleIds.AcronymPossessive)
                : new EntityMention(EntityType.Organization, t.Start, t.End, text, EntityRuleIds.BareAcronym) { IsWeak = true });
        }
    }

    /// <summary>
    /// Acronyms' texts already copied on this thread: an acronym is used many times a document and across documents
    /// ("EU", "UN"), and each use copied its text. Bounded: emptied when it grows past <see cref="MaxKeptTexts"/>.
    /// </summary>
    [ThreadStatic]
    private static HashSet<string>? t_texts;

    private const int MaxKeptTexts = 4096;

    /// <summary>The text of an acronym token as a string, shared with earlier uses of the same acronym.</summary>
    private static string TextOf(ReadOnlySpan<char> span)
    {
        var texts = t_texts ??= new HashSet<string>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        if (texts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var kept)) return kept;
#else
        if (texts.TryGetValue(span.ToString(), out var kept)) return kept;
#endif
        if (texts.Count >= MaxKeptTexts) texts.Clear();
        var text = span.ToString();
        texts.Add(text);
        return text;
    }

    /// <summary>A dictionary's value and key for a key read off the text, without copying it on .NET 9 and later.</summary>
    private static bool TryGetBySpan<T>(Dictionary<string, T> dictionary, ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? actualKey, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
#if NET9_0_OR_GREATER
        return dictionary.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out actualKey, out value);
#else
        actualKey = key.ToString();
        if (dictionary.TryGetValue(actualKey, out value)) return true;
        actualKey = null;
        return false;
#endif
    }

    /// <summary>Every word has two characters or more, a capital first and a lower-case letter after it.</summary>
    private static bool AllCapitalizedMixed(string[] words)
    {
        foreach (var w in words)
            if (w.Length <= 1 || !char.IsUpper(w[0]) || !HasLower(w)) return false;
        return true;
    }

    private static bool HasLower(ReadOnlySpan<char> w)
    {
        for (int i = 1; i < w.Length; i++)
            if (char.IsLower(w[i])) return true;
        return false;
    }

    /// <summary>
    /// "EAU" beside "Eastern African Union Council": an undefined acronym whose letters are exactly the
    /// initials of the words that begin an organisation's name and end with a head of their own
    /// ("Eastern African Union") names that parent body, when no other name reads so. Returns, for each such
    /// acronym, the parent bodies it could stand for (one pass over the mentions, not one per acronym);
    /// null when no name reads so.
    /// </summary>
    private Dictionary<string, SortedSet<string>>? ParentBodies(EntityMentionSet found)
    {
        Dictionary<string, SortedSet<string>>? byAcronym = null;
        var items = found.Items;
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type != EntityType.Organization || EntityRuleIds.IsAcronymRule(m.Rule) || !MayNameParentBody(m.Name)) continue;
            // Only a name that passes the checks below is split into words: they are first read as spans.
            var words = m.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !AllCapitalizedMixed(words)) continue;
            int length = words.Length - 1;
            if (!lex.Organizations.Heads.Contains(words[length - 1])) continue;
            string acronym = new([.. words.Take(length).Select(w => w[0])]);
            byAcronym ??= new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            if (!byAcronym.TryGetValue(acronym, out var bodies)) byAcronym[acronym] = bodies = new SortedSet<string>(StringComparer.Ordinal);
            bodies.Add(string.Join(' ', words.Take(length)));
        }
        return byAcronym;
    }

    /// <summary>
    /// Whether a name has two words or more, every word is capitalised and mixed (<see cref="AllCapitalizedMixed"/>)
    /// and the word before the last is an organisation's head, read without splitting it.
    /// </summary>
    private bool MayNameParentBody(string name)
    {
        int words = 0;
        ReadOnlySpan<char> previous = default, last = default;
        for (int i = 0; i < name.Length;)
        {
            if (name[i] == ' ') { i++; continue; }
            int end = name.IndexOf(' ', i);
            if (end < 0) end = name.Length;
            var w = name.AsSpan(i, end - i);
            if (w.Length <= 1 || !char.IsUpper(w[0]) || !HasLower(w)) return false;
            words++;
            previous = last;
            last = w;
            i = end;
        }
        return words >= 2 && lex.Organizations.Heads.Contains(previous);
    }

    /// <summary>
    /// "Harbor Police's Fraud Unit (HP-FU)": a hyphenated acronym whose last part abbreviates the unit and
    /// whose first part the parent body named just before it (after a possessive or a dash). Returns the
    /// unit's own acronym ("FU"), or null when the acronym does not read so.
    /// </summary>
    private static string? UnitPart(Doc doc, EntityMentionSet found, EntityMention unit, string acr)
    {
        int dash = acr.LastIndexOf('-');
        if (dash <= 0 || dash == acr.Length - 1 || unit.Type != EntityType.Organization) return null;
        string parentAcr = acr[..dash], unitAcr = acr[(dash + 1)..];
        if (unitAcr.Length < 2 || !LettersFit(unitAcr, unit.Name)) return null;
        var parent = found.OrganizationsEndingBefore(unit.Start).OrderByDescending(p => p.End).FirstOrDefault();
        if (parent is null) return null;
        string between = doc.Slice(parent.End, unit.Start).Trim();
        if (between is not ("'s" or "’s" or "–" or "-" or "—")) return null;
        return LettersFit(parentAcr, parent.Name) || parentAcr == parent.Name ? unitAcr : null;
    }

    /// <summary>
    /// The looser reading for an acronym defined in parentheses, in the manner of Schwartz and Hearst
    /// (2003): its letters, read right to left, are found in order in the name's letters, its first
    /// letter starting the name's first word and its last one in the name's last word ("Harbor Nations
    /// Seafarers Fund (HANSEF)"). Acronyms of three letters or more only.
    /// </summary>
    internal static bool LettersInWordsFit(string acronym, string name)
    {
        // The acronym's letters and the name, both lower-cased on the stack (a name too long for it is copied).
        Span<char> letters = acronym.Length <= 64 ? stackalloc char[64] : new char[acronym.Length];
        int count = 0;
        foreach (char c in acronym)
            if (char.IsLetter(c)) letters[count++] = char.ToLowerInvariant(c);
        letters = letters[..count];
        Span<char> text = name.Length <= 256 ? stackalloc char[256] : new char[name.Length];
        text = text[..name.ToLowerInvariant(text)];
        if (letters.Length < 3 || text.Length == 0 || text[0] != letters[0]) return false;
        int lastWord = text.LastIndexOf(' ');
        int at = text.Length - 1;
        for (int k = letters.Length - 1; k >= 0; k--)
        {
            if (at < 0) return false;
            int found = k == 0 ? 0 : text[..(at + 1)].LastIndexOf(letters[k]);
            if (found < 0 || k == 0 && found != 0 || k == letters.Length - 1 && found <= lastWord) return false;
            at = found - 1;
        }
        return true;
    }

    /// <summary>Whether an acronym's letters can be read from the capitals (or word starts) of a name, in order.</summary>
    internal static bool LettersFit(string acronym, string name)
    {
        // Each character of the name gives at most one initial: a buffer of the name's length holds them all.
        Span<char> initials = name.Length <= 256 ? stackalloc char[256] : new char[name.Length];
        int count = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (IsWordSeparator(name[i])) continue;
            int end = i;
            while (end < name.Length && !IsWordSeparator(name[end])) end++;
            for (int j = i; j < end; j++) if (char.IsUpper(name[j])) initials[count++] = name[j];
            if (!char.IsUpper(name[i]) && char.IsLetter(name[i])) initials[count++] = char.ToUpperInvariant(name[i]);
            i = end;
        }
        int k = 0;
        foreach (char c in acronym)
        {
            if (!char.IsLetter(c)) continue;
            while (k < count && initials[k] != char.ToUpperInvariant(c)) k++;
            if (k == count) return false;
            k++;
        }
        return char.ToUpperInvariant(acronym[0]) == (count > 0 ? initials[0] : '\0') || acronym.Length >= 2;
    }

    private static bool IsWordSeparator(char c) => c is ' ' or '-' or '–' or '/';
}
