using System.Collections.Immutable;
using Knowledge.Ingestion;

namespace Knowledge.Syntax;

/// <summary>
/// An analysed document, in the manner of spaCy's Doc: the plain text of all its blocks (title,
/// description, caption, then the body's blocks, separated by blank lines), and the annotations
/// the pipeline's components add. A Doc is immutable; each component returns a new one with
/// its layer filled in (<c>doc with { Tokens = … }</c>). All offsets refer to <see cref="Text"/>.
/// </summary>
/// <param name="Source">The document as read.</param>
/// <param name="Text">The plain text that every offset refers to.</param>
/// <param name="Blocks">The blocks, in order, covering <see cref="Text"/> but for the separators.</param>
public sealed record Doc(SourceDocument Source, string Text, ImmutableArray<Block> Blocks)
{
    /// <summary>The document id.</summary>
    public string Id => Source.Id;

    /// <summary>Problems met while analysing the document (it was analysed anyway, perhaps in part), naming its file, record and line.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;

    /// <summary>Hyperlinks in the body, with their target URLs.</summary>
    public ImmutableArray<Link> Links { get; init; } = ImmutableArray<Link>.Empty;

    /// <summary>Tokens, in text order.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = ImmutableArray<Token>.Empty;

    /// <summary>Sentences, in text order; none spans two blocks.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = ImmutableArray<Sentence>.Empty;

    /// <summary>Entity mentions (people, organisations, laws, places, works), in text order.</summary>
    public ImmutableArray<EntityMention> Entities { get; init; } = ImmutableArray<EntityMention>.Empty;

    /// <summary>Dates and relative time expressions, resolved against the published date.</summary>
    public ImmutableArray<DateMention> Dates { get; init; } = ImmutableArray<DateMention>.Empty;

    /// <summary>Titles the text gives to people.</summary>
    public ImmutableArray<RoleMention> Roles { get; init; } = ImmutableArray<RoleMention>.Empty;

    /// <summary>Direct and indirect quotes with their speakers.</summary>
    public ImmutableArray<QuoteMention> Quotes { get; init; } = ImmutableArray<QuoteMention>.Empty;

    /// <summary>Events with their participants.</summary>
    public ImmutableArray<EventMention> Events { get; init; } = ImmutableArray<EventMention>.Empty;

    /// <summary>Relations the text states between names (laws amending laws, members and parts of organisations).</summary>
    public ImmutableArray<RelationMention> Relations { get; init; } = ImmutableArray<RelationMention>.Empty;

    /// <summary>Maps ranges of <see cref="Text"/> to the source fields; kept when the blocks are dropped.</summary>
    internal SourceMap? SourceMap { get; init; }

    /// <summary>
    /// What the graph's assembly reads of the text, kept when a run that keeps no annotations lets <see cref="Text"/> go
    /// once the document is analysed (the text is then empty); null while the document has its text.
    /// </summary>
    internal ResolutionWords? ResolutionWords { get; init; }

    /// <summary>Where a range of <see cref="Text"/> is in the field or file it was read from; null when unknown or across fields.</summary>
    public Graph.SourceSpan? SourceSpanOf(int start, int end) => SourceMap?.Locate(start, end);

    /// <summary>The provenance of a range of <see cref="Text"/>: this document, the range, and where it is in the source.</summary>
    internal Graph.Provenance ProvenanceOf(int start, int end) => new(Id, start, end) { Source = SourceSpanOf(start, end) };

    /// <summary>The text of a range.</summary>
    public string Slice(int start, int end) => Text.Substring(start, end - start);

    /// <summary>The text of a token.</summary>
    public string TextOf(Token token) => Text.Substring(token.Start, token.Length);

    /// <summary>The text of a range, without copying it: what rules compare in per-token loops.</summary>
    internal ReadOnlySpan<char> SpanOf(int start, int end) => Text.AsSpan(start, end - start);

    /// <summary>The text of a token, without copying it: what rules compare in per-token loops.</summary>
    internal ReadOnlySpan<char> SpanOf(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>The table of the tokens read with some word lists (lexeme ids, list bits, case shapes), built once and kept beside the document.</summary>
    internal TokenTable TokenTable(Lexicons.LexiconSet lexicons) => Syntax.TokenTable.Of(this, lexicons);

    /// <summary>The list bits and case shapes of the tokens, from the table of this document or of an earlier copy of it (a later stage's read).</summary>
    internal TokenBits TokenBits(Lexicons.LexiconSet lexicons) => Syntax.TokenTable.BitsOf(this, lexicons);

    /// <summary>The index of the block containing an offset, or -1 (a separator).</summary>
    public int BlockIndexAt(int offset)
    {
        int lo = 0, hi = Blocks.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var b = Blocks[mid];
            if (offset < b.Start) hi = mid - 1;
            else if (offset >= b.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Maps an offset in <see cref="Text"/> to the field and offset in the source it came from.</summary>
    public (SourceField Field, int Offset)? ToSource(int offset)
    {
        int i = BlockIndexAt(offset);
        if (i < 0) return null;
        var b = Blocks[i];
        return (b.Field, b.SourceOffsets[offset - b.Start]);
    }

    /// <summary>The index of the sentence containing an offset, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>
    /// The index of the first entity mention that starts at or after an offset (<see cref="Entities"/> is in
    /// text order), or the count when none does: a binary search, so rules that look for the mentions in a
    /// range need not scan every mention of the document.
    /// </summary>
    public int EntityIndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (Entities[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The entity mentions that lie wholly inside [<paramref name="start"/>, <paramref name="end"/>), in text order.</summary>
    public IEnumerable<EntityMention> EntitiesWithin(int start, int end)
    {
        for (int i = EntityIndexAtOrAfter(start); i < Entities.Length && Entities[i].Start < end; i++)
            if (Entities[i].End <= end) yield return Entities[i];
    }

    /// <summary>The last entity mention (in text order) that ends at or before an offset and satisfies a test, or null.</summary>
    public EntityMention? LastEntityEndingBy(int offset, Func<EntityMention, bool> test)
    {
        // A mention ending by the offset starts before it; later ones cannot qualify.
        for (int i = EntityIndexAtOrAfter(offset) - 1; i >= 0; i--)
            if (Entities[i].End <= offset && test(Entities[i])) return Entities[i];
        return null;
    }

    /// <summary>The index of the first token that starts at or after an offset.</summary>
    public int TokenIndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
