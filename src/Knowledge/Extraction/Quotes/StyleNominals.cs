using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// A person named by a style of address standing alone — "His Highness said", "HH noted that", "Her
/// Excellency told the assembly", "the Sheikh added" — like a role noun, refers to the person who bears
/// the style: the nearest person before the phrase (in the same or earlier paragraphs) whose mention
/// carried it (written before the name or in its honorific), else whose role title holds it. A style and
/// its initials are the same style ("His Highness" and "HH"), and "his"/"her" do not tell two styles apart.
/// Never a person named only inside a quotation: the speaker of a quote is someone the text names.
/// A style no earlier person carries names no one.
/// </summary>
internal sealed class StyleNominals
{
    private readonly Doc _doc;
    private readonly LexiconSet _lex;
    private readonly IReadOnlyList<EntityMention> _speakers;
    private List<EntityMention>? _persons;

    public StyleNominals(Doc doc, LexiconSet lexicons, IReadOnlyList<EntityMention> speakers)
    {
        _doc = doc;
        _lex = lexicons;
        _speakers = speakers;
    }

    // The persons named outside quotations, gathered when a style is first resolved: most documents resolve none, and
    // telling whether a mention is quoted reads its paragraph's tokens.
    private List<EntityMention> Persons
    {
        get
        {
            if (_persons is not null) return _persons;
            var persons = new List<EntityMention>();
            foreach (var e in _speakers)
                if (e.Type == EntityType.Person && !InsideQuotation(e)) persons.Add(e);
            return _persons = persons;
        }
    }

    /// <summary>
    /// The number of tokens of the style of address ending at token <paramref name="last"/> and starting no
    /// earlier than <paramref name="from"/> ("His Royal Highness", "HH", "Sheikh"), longest first; 0 when none.
    /// </summary>
    public int LengthEndingAt(int last, int from)
    {
        int max = _lex.Titles.CourtesyTitles.MaxWords;
        for (int n = Math.Min(max, last - from + 1); n >= 1; n--)
            if (IsStyle(last - n + 1, last)) return n;
        return 0;
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> (inclusive) are exactly one style of address.</summary>
    public bool IsStyle(int first, int last)
    {
        if (first < 0 || last >= _doc.Tokens.Length || first > last) return false;
        // The words without their final dots, joined by spaces, written into a buffer rather than a list of strings.
        Span<char> phrase = stackalloc char[MaxPhrase];
        int n = 0;
        for (int i = first; i <= last; i++)
        {
            var t = _doc.Tokens[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation)) return false;
            var w = _doc.SpanOf(t).TrimEnd('.');
            if (n + w.Length + 1 > phrase.Length) return IsLongStyle(first, last);
            if (i > first) phrase[n++] = ' ';
            w.CopyTo(phrase[n..]);
            n += w.Length;
        }
        return _lex.Titles.CourtesyTitles.Contains(phrase[..n]);
    }

    /// <summary>The longest phrase <see cref="IsStyle"/> writes into its buffer; a longer one is read as strings.</summary>
    private const int MaxPhrase = 128;

    private bool IsLongStyle(int first, int last)
    {
        var words = new List<string>();
        for (int i = first; i <= last; i++) words.Add(_doc.TextOf(_doc.Tokens[i]).TrimEnd('.'));
        return _lex.Titles.CourtesyTitles.Contains(string.Join(' ', words));
    }

    /// <summary>The person a style phrase (tokens <paramref name="first"/> to <paramref name="last"/>) stands for, or null.</summary>
    public EntityMention? Resolve(int first, int last)
    {
        var style = Enumerable.Range(first, last - first + 1).Select(i => _doc.TextOf(_doc.Tokens[i]).TrimEnd('.')).ToList();
        int offset = _doc.Tokens[first].Start;
        var before = Persons.Where(p => p.End <= offset).ToList();
        for (int k = before.Count - 1; k >= 0; k--)
            if (Bears(before[k], style)) return before[k];
        for (int k = before.Count - 1; k >= 0; k--)
            if (HoldsInTitle(before[k], style)) return before[k];
        return null;
    }

    /// <summary>Whether the mention's honorific or the title words written right before it carry the style.</summary>
    private bool Bears(EntityMention person, IReadOnlyList<string> style)
    {
        var key = Key(style);
        if (person.Honorific is { } h && ContainsKey(Words(h), key)) return true;
        int first = _doc.TokenIndexAtOrAfter(person.Start);
        var lead = new List<string>();
        for (int i = first - 1; i >= 0 && first - i <= 6; i--)
        {
            var t = _doc.Tokens[i];
            var w = _doc.TextOf(t);
            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !char.IsUpper(w[0])) break;
            lead.Insert(0, w.TrimEnd('.'));
        }
        return ContainsKey(lead, key);
    }

    /// <summary>Whether one of the person's role titles holds the style's words.</summary>
    private bool HoldsInTitle(EntityMention person, IReadOnlyList<string> style)
    {
        var key = Key(style);
        return _doc.Roles.Any(r => r.Person.Start == person.Start && ContainsKey(Words(r.Title), key));
    }

    /// <summary>The style without a possessive pronoun, as its initials when it has several words: "His Highness" → "H"+"Highness".</summary>
    private (IReadOnlyList<string> Words, string Initials) Key(IReadOnlyList<string> style)
    {
        var initials = style.Count == 1 && style[0].All(char.IsUpper) && style[0].Length > 1 ? style[0] : new string(style.Select(w => char.ToUpperInvariant(w[0])).ToArray());
        var core = style.Where(w => !_lex.Quotes.Is(w, QuoteWordRole.PersonPossessive)).ToList();
        return (core, initials);
    }

    /// <summary>Whether the words hold the style's core words in a row, or its initials (as one word, or spelled out by a run of them).</summary>
    private static bool ContainsKey(IReadOnlyList<string> words, (IReadOnlyList<string> Words, string Initials) key)
    {
        if (key.Words.Count > 0)
            for (int i = 0; i + key.Words.Count <= words.Count; i++)
                if (key.Words.Select((w, k) => string.Equals(w, words[i + k], StringComparison.OrdinalIgnoreCase)).All(b => b)) return true;
        if (key.Initials.Length < 2) return false;
        if (words.Any(w => w == key.Initials)) return true;
        for (int i = 0; i + key.Initials.Length <= words.Count; i++)
            if (Enumerable.Range(0, key.Initials.Length).All(k => words[i + k].Length > 0 && char.ToUpperInvariant(words[i + k][0]) == key.Initials[k])) return true;
        return false;
    }

    private static List<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).ToList();

    /// <summary>Whether the mention lies inside quotation marks opened earlier in its paragraph.</summary>
    private bool InsideQuotation(EntityMention m)
    {
        int b = _doc.BlockIndexAt(m.Start);
        if (b < 0) return false;
        int depth = 0;
        for (int i = _doc.TokenIndexAtOrAfter(_doc.Blocks[b].Start); i < _doc.Tokens.Length && _doc.Tokens[i].Start < m.Start; i++)
        {
            if (_doc.Tokens[i].Kind == TokenKind.OpenQuote) depth++;
            else if (_doc.Tokens[i].Kind == TokenKind.CloseQuote && depth > 0) depth--;
        }
        return depth > 0;
    }
}
