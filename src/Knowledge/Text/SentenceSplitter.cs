using System.Collections.Immutable;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Text;

/// <summary>
/// Splits each block into sentences. A sentence ends at terminal punctuation (with any closing
/// quotes or brackets after it) when the next token opens a new sentence (a capital, a digit or
/// an opening quote), and always at the end of a block. Abbreviated titles ("Atty.", "Sen.") and
/// initials never end a sentence; other abbreviations ("Inc.", "Jr.", "U.S.") end one only when
/// a common sentence-starting word follows.
/// </summary>
public sealed class SentenceSplitter : IDocComponent
{
    private readonly LexiconSet _lexicons;

    /// <summary>Creates a splitter over the given lexicons.</summary>
    public SentenceSplitter(LexiconSet lexicons) => _lexicons = lexicons;

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        // One builder per thread, cleared and reused: a document's sentences are copied out once, at their count,
        // instead of into arrays that double as they grow.
        var sentences = _buffer ??= ImmutableArray.CreateBuilder<Sentence>();
        sentences.Clear();
        var tokens = doc.Tokens;
        int ti = 0;
        for (int b = 0; b < doc.Blocks.Length; b++)
        {
            var block = doc.Blocks[b];
            while (ti < tokens.Length && tokens[ti].Start < block.Start) ti++;
            int first = ti;
            int blockEnd = ti;
            while (blockEnd < tokens.Length && tokens[blockEnd].End <= block.End) blockEnd++;
            int sentenceStart = first;
            var kinds = tokens.AsSpan();
            for (int k = first; k < blockEnd; k++)
            {
                // Only a terminal or an abbreviation can end a sentence: the other tokens (nearly all) are passed over here,
                // without a call.
                if (kinds[k].Kind is not (TokenKind.Terminal or TokenKind.Abbreviation) || !EndsSentence(doc, k, blockEnd, out int last)) continue;
                sentences.Add(Make(tokens, sentenceStart, last + 1, b));
                sentenceStart = last + 1;
                k = last;
            }
            if (sentenceStart < blockEnd) sentences.Add(Make(tokens, sentenceStart, blockEnd, b));
            ti = blockEnd;
        }
        var result = sentences.ToImmutable();
        if (sentences.Capacity > MaxKeptCapacity) _buffer = null;
        return doc with { Sentences = result };
    }

    // The largest buffer a thread keeps between documents (sentences); a larger document's buffer is let go.
    private const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic]
    private static ImmutableArray<Sentence>.Builder? _buffer;

    private static Sentence Make(ImmutableArray<Token> tokens, int first, int endToken, int block) =>
        new(tokens[first].Start, tokens[endToken - 1].End, first, endToken - first, block);

    /// <summary>Whether token k ends a sentence; <paramref name="last"/> is the sentence's last token (after closing marks).</summary>
    private bool EndsSentence(Doc doc, int k, int blockEnd, out int last)
    {
        var tokens = doc.Tokens;
        var tok = tokens[k];
        last = k;
        bool abbreviation = tok.Kind == TokenKind.Abbreviation;
        if (tok.Kind != TokenKind.Terminal && !abbreviation) return false;
        if (abbreviation)
        {
            var word = doc.SpanOf(tok);
            if (_lexicons.Titles.TitleAbbreviations.Contains(word)) return false;
            if (word.Length == 2 && char.IsUpper(word[0])) return false; // an initial
        }
        // Take closing quotes and brackets that follow without a space.
        while (last + 1 < blockEnd && !tokens[last].SpaceAfter
               && tokens[last + 1].Kind is TokenKind.CloseQuote or TokenKind.Punctuation
               && doc.Text[tokens[last + 1].Start] is '”' or '"' or '’' or '\'' or ')' or ']' or '»')
            last++;
        if (last + 1 >= blockEnd) return true;
        if (!tokens[last].SpaceAfter)
        {
            // Scripts written without spaces end a sentence at a full-width terminal: "。", "！", "？".
            return tok.Kind == TokenKind.Terminal && doc.Text[tokens[k].End - 1] is '。' or '！' or '？';
        }
        var next = tokens[last + 1];
        char first = doc.Text[next.Start];
        if (abbreviation)
        {
            // After "Inc." or "U.S." only a word that commonly opens a sentence starts a new one.
            return next.Kind == TokenKind.Word && char.IsUpper(first) && _lexicons.English.SentenceStarters.Contains(doc.SpanOf(next));
        }
        if (next.Kind is TokenKind.OpenQuote) return true;
        if (char.IsUpper(first) || char.IsDigit(first)) return true;
        // Scripts without case: a letter that is neither upper nor lower case starts a sentence too.
        return char.IsLetter(first) && !char.IsLower(first);
    }
}
