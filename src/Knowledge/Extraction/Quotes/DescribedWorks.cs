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
        foreach (var (end, head, name, source) in AllWorkDescriptions())
        {
            if (source is null) continue;
            Add(_byHead, head.ToLowerInvariant(), end, source);
            Add(_byHead, AnyHead, end, source);
            Add(_byName, name, end, source);
        }
    }

    /// <summary>The source of the latest work described before the offset with that head noun.</summary>
    public EntityMention? LatestWithHead(int before, string head) => Latest(before, _byHead, head.ToLowerInvariant());

    /// <summary>The source of the latest work described before the offset.</summary>
    public EntityMention? Latest(int before) => Latest(before, _byHead, AnyHead);

    /// <summary>The source of the latest work described before the offset with that name.</summary>
    public EntityMention? LatestNamed(int before, string name) => Latest(before, _byName, name);

    private static EntityMention? Latest(int before, Dictionary<string, List<(int End, EntityMention Source)>> index, string key)
    {
        if (!index.TryGetValue(key, out var list)) return null;
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

    /// <summary>Every work the document describes, in text order, with the end of its head noun.</summary>
    private IEnumerable<(int End, string Head, string Name, EntityMention? Source)> AllWorkDescriptions()
    {
        var tokens = _doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!_lex.Works.DocumentNouns.Contains(_doc.SpanOf(tokens[i]))) continue;
            var w = _doc.TextOf(tokens[i]);
            var work = _speakers.FirstOrDefault(e => e.Type == EntityType.Work && e.Start <= tokens[i].Start && e.End >= tokens[i].End);
            if (work is not null) { yield return (tokens[i].End, w, _doc.Slice(work.Start, work.End), work); continue; }
            // The capitalised name: back over at most two lowercase modifiers, then capitalised words and connectors.
            int j = i - 1, mods = 0;
            while (j >= 0 && mods < 2 && tokens[j].Kind == TokenKind.Word && char.IsLower(_doc.Text[tokens[j].Start]) && !IsDeterminer(j)) { j--; mods++; }
            int nameEnd = j;
            while (j >= 0 && (IsCapitalised(tokens[j]) || (j < nameEnd && _lex.Quotes.Is(_doc.SpanOf(tokens[j]), QuoteWordRole.NameConnector)) || _doc.SpanOf(tokens[j]) is "(" or ")" or "*")) j--;
            int nameStart = j + 1;
            while (nameStart <= nameEnd && (!IsCapitalised(tokens[nameStart]) || IsDeterminer(nameStart))) nameStart++;
            while (nameEnd >= nameStart && !IsCapitalised(tokens[nameEnd]) && !(tokens[nameEnd].Kind == TokenKind.Punctuation && _doc.SpanOf(tokens[nameEnd]) is ")")) nameEnd--;
            string name = nameStart <= nameEnd ? _doc.Slice(tokens[nameStart].Start, tokens[nameEnd].End).Trim('*', ' ') : "";
            EntityMention? source = null;
            int k = i + 1;
            if (k + 1 < tokens.Length && _lex.Quotes.Is(_doc.SpanOf(tokens[k]), QuoteWordRole.WorkSource))
                source = _speakers.FirstOrDefault(e => e.Start >= tokens[k + 1].Start && e.Start <= tokens[Math.Min(k + 2, tokens.Length - 1)].Start);
            if (source is null && nameStart <= nameEnd)
                source = _speakers.FirstOrDefault(e => e.Type != EntityType.Person && !SourceResolver.IsUndefinedAcronym(e) && e.Start >= tokens[nameStart].Start && e.End <= tokens[nameEnd].End);
            if (source is null && j >= 1 && tokens[j].Kind == TokenKind.Possessive)
                source = _speakers.LastOrDefault(e => e.End == tokens[j - 1].End);
            yield return (tokens[i].End, w, name, source);
        }
    }

    private bool IsDeterminer(int token) => _lex.Quotes.Is(_doc.SpanOf(_doc.Tokens[token]), QuoteWordRole.NominalDeterminer);

    private bool IsCapitalised(Token t) => t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(_doc.Text[t.Start]);
}
