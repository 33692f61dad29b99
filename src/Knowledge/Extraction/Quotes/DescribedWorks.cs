using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The works one document describes, with their sources: a document noun ("study") with the capitalised
/// name before it ("the Scale of Life prevalence study") and its source — a work entity covering it, the
/// entity after a work-source preposition ("study by X"), a possessive before it ("X's report") or an
/// entity inside its name. The document's works are read once and indexed by head noun and by name with
/// the positions of those that have a source: a paragraph of many sentences asks for each of them, and a
/// scan back over every work for each would be quadratic.
/// </summary>
internal sealed class DescribedWorks
{
    private const string AnyHead = "";
    private readonly Doc _doc;
    private readonly LexiconSet _lex;
    private readonly IReadOnlyList<EntityMention> _speakers;
    private readonly Dictionary<string, List<(int End, EntityMention Source)>> _byHead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int End, EntityMention Source)>> _byName = new(StringComparer.Ordinal);

    public DescribedWorks(QuoteContext context, IReadOnlyList<EntityMention> speakers)
    {
        _doc = context.Doc;
        _lex = context.Lexicons;
        _speakers = speakers;
        ReadWorkDescriptions();
    }

    /// <summary>The source of the latest work described before the offset with that head noun.</summary>
    public EntityMention? LatestWithHead(int before, string head) => Latest(before, _byHead, head.ToLowerInvariant());

    /// <summary>The source of the latest work described before the offset.</summary>
    public EntityMention? Latest(int before) => Latest(before, _byHead, AnyHead);

    /// <summary>The source of the latest work described before the offset with that name.</summary>
    public EntityMention? LatestNamed(int before, string name) => Latest(before, _byName, name);

    /// <summary>The source of the latest work described before the offset with that name, the name read in place.</summary>
    public EntityMention? LatestNamed(int before, ReadOnlySpan<char> name)
    {
        if (_byName.Count == 0) return null;
#if NET9_0_OR_GREATER
        return _byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var list) ? Latest(before, list) : null;
#else
        return LatestNamed(before, name.ToString());
#endif
    }

    private static EntityMention? Latest(int before, Dictionary<string, List<(int End, EntityMention Source)>> index, string key)
    {
        return index.TryGetValue(key, out var list) ? Latest(before, list) : null;
    }

    private static EntityMention? Latest(int before, List<(int End, EntityMention Source)> list)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (list[mid].End <= before) lo = mid + 1; else hi = mid;
        }
        return lo > 0 ? list[lo - 1].Source : null;
    }

    private static void Add(Dictionary<string, List<(int End, EntityMention Source)>> index, string key, int end, EntityMention source)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add((end, source));
    }

    /// <summary>
    /// Indexes every work the document describes that has a source, in text order, by the end of its head noun. A loop
    /// without closures: a lambda capturing the loop's locals allocated its state for every token of the document.
    /// </summary>
    private void ReadWorkDescriptions()
    {
        var tokens = _doc.Tokens;
        // The document nouns the token table found (a bit a token, read once for the document) instead of a lookup of every word.
        var bits = _doc.TokenBits(_lex);
        foreach (int i in bits.TokensWith(TokenLexicons.DocumentNoun))
        {
            var work = FirstWorkCovering(tokens[i]);
            if (work is not null) { Add(tokens[i].End, _doc.SpanOf(tokens[i]), _doc.SpanOf(work.Start, work.End), work); continue; }
            // The capitalised name: back over at most two lowercase modifiers, then capitalised words and connectors.
            int j = i - 1, mods = 0;
            while (j >= 0 && mods < 2 && tokens[j].Kind == TokenKind.Word && char.IsLower(_doc.Text[tokens[j].Start]) && !IsDeterminer(j)) { j--; mods++; }
            int nameEnd = j;
            while (j >= 0 && (IsCapitalised(tokens[j]) || (j < nameEnd && _lex.Quotes.Is(_doc.SpanOf(tokens[j]), QuoteWordRole.NameConnector)) || _doc.SpanOf(tokens[j]) is "(" or ")" or "*")) j--;
            int nameStart = j + 1;
            while (nameStart <= nameEnd && (!IsCapitalised(tokens[nameStart]) || IsDeterminer(nameStart))) nameStart++;
            while (nameEnd >= nameStart && !IsCapitalised(tokens[nameEnd]) && !(tokens[nameEnd].Kind == TokenKind.Punctuation && _doc.SpanOf(tokens[nameEnd]) is ")")) nameEnd--;
            EntityMention? source = null;
            int k = i + 1;
            if (k + 1 < tokens.Length && _lex.Quotes.Is(_doc.SpanOf(tokens[k]), QuoteWordRole.WorkSource))
                source = FirstSpeaker(tokens[k + 1].Start, tokens[Math.Min(k + 2, tokens.Length - 1)].Start);
            if (source is null && nameStart <= nameEnd)
                source = FirstSourceWithin(tokens[nameStart].Start, tokens[nameEnd].End);
            if (source is null && j >= 1 && tokens[j].Kind == TokenKind.Possessive)
                source = LastSpeakerEndingAt(tokens[j - 1].End);
            if (source is null) continue;
            var name = nameStart <= nameEnd ? _doc.SpanOf(tokens[nameStart].Start, tokens[nameEnd].End).Trim("* ") : default;
            Add(tokens[i].End, _doc.SpanOf(tokens[i]), name, source);
        }
    }

    private void Add(int end, ReadOnlySpan<char> head, ReadOnlySpan<char> name, EntityMention source)
    {
        // The head lower-cased as ToLowerInvariant lowers it; a key's string is made only for a head or name not indexed yet.
        Span<char> buffer = stackalloc char[64];
        ReadOnlySpan<char> lower = head.Length <= buffer.Length ? buffer[..head.ToLowerInvariant(buffer)] : head.ToString().ToLowerInvariant();
        Add(_byHead, lower, end, source);
        Add(_byHead, AnyHead, end, source);
        Add(_byName, name, end, source);
    }

    private static void Add(Dictionary<string, List<(int End, EntityMention Source)>> index, ReadOnlySpan<char> key, int end, EntityMention source)
    {
#if NET9_0_OR_GREATER
        if (index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var list)) { list.Add((end, source)); return; }
        index[key.ToString()] = [(end, source)];
#else
        Add(index, key.ToString(), end, source);
#endif
    }

    /// <summary>The first work mention (in start order) covering the token.</summary>
    private EntityMention? FirstWorkCovering(Token token)
    {
        for (int k = 0; k < _speakers.Count && _speakers[k].Start <= token.Start; k++)
            if (_speakers[k].Type == EntityType.Work && _speakers[k].End >= token.End) return _speakers[k];
        return null;
    }

    /// <summary>The first speaker mention starting in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private EntityMention? FirstSpeaker(int from, int to)
    {
        int k = IndexAtOrAfter(from);
        return k < _speakers.Count && _speakers[k].Start <= to ? _speakers[k] : null;
    }

    /// <summary>The first mention in [<paramref name="from"/>, <paramref name="to"/>) that is no person and no undefined acronym.</summary>
    private EntityMention? FirstSourceWithin(int from, int to)
    {
        for (int k = IndexAtOrAfter(from); k < _speakers.Count && _speakers[k].Start <= to; k++)
        {
            var e = _speakers[k];
            if (e.End <= to && e.Type != EntityType.Person && !SourceResolver.IsUndefinedAcronym(e)) return e;
        }
        return null;
    }

    /// <summary>The last mention ending at the offset.</summary>
    private EntityMention? LastSpeakerEndingAt(int end)
    {
        EntityMention? found = null;
        for (int k = 0; k < _speakers.Count && _speakers[k].Start <= end; k++)
            if (_speakers[k].End == end) found = _speakers[k];
        return found;
    }

    /// <summary>The index of the first speaker mention starting at or after the offset (they are in start order).</summary>
    private int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = _speakers.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_speakers[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private bool IsDeterminer(int token) => _lex.Quotes.Is(_doc.SpanOf(_doc.Tokens[token]), QuoteWordRole.NominalDeterminer);

    private bool IsCapitalised(Token t) => t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(_doc.Text[t.Start]);
}
