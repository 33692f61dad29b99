using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Tests.Text;

/// <summary>Helpers shared by the Text specs: build, tokenize and split small inputs.</summary>
internal static class TextSpec
{
    public static readonly Tokenizer TheTokenizer = new(LexiconSet.Default);
    public static readonly SentenceSplitter TheSplitter = new(LexiconSet.Default);

    public static SourceDocument Plain(string body) => new("spec", body, BodyFormat.PlainText, new DocumentOrigin("-"));

    public static SourceDocument Markdown(string body) => new("spec", body, BodyFormat.Markdown, new DocumentOrigin("-"));

    public static Doc Analyse(SourceDocument source) => TheSplitter.Process(TheTokenizer.Process(DocumentTextBuilder.Build(source)));

    public static Doc Analyse(string plain) => Analyse(Plain(plain));

    public static string[] Tokens(string text) => TheTokenizer.Tokenize(text).Select(k => text[k.Start..k.End]).ToArray();

    public static (string Text, TokenKind Kind)[] Kinds(string text) =>
        TheTokenizer.Tokenize(text).Select(k => (text[k.Start..k.End], k.Kind)).ToArray();

    public static TokenKind KindOf(string text, string token) =>
        Kinds(text).Single(k => k.Text == token).Kind;

    public static string[] Sentences(string plain)
    {
        var doc = Analyse(plain);
        return doc.Sentences.Select(s => doc.Slice(s.Start, s.End)).ToArray();
    }

    /// <summary>Checks the invariants every analysed doc keeps; returns a description of the first broken one, or null.</summary>
    public static string? BrokenInvariant(Doc doc)
    {
        int prevEnd = 0;
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            var t = doc.Tokens[i];
            if (t.Length <= 0) return $"token {i} is empty";
            if (t.Start < prevEnd) return $"token {i} overlaps or is out of order";
            int b = doc.BlockIndexAt(t.Start);
            if (b < 0 || t.End > doc.Blocks[b].End) return $"token {i} is not inside one block";
            if (t.Start > 0 && char.IsSurrogatePair(doc.Text[t.Start - 1], doc.Text[t.Start])) return $"token {i} starts inside a surrogate pair";
            if (t.End < doc.Text.Length && char.IsSurrogatePair(doc.Text[t.End - 1], doc.Text[t.End])) return $"token {i} ends inside a surrogate pair";
            prevEnd = t.End;
        }
        int nextToken = 0;
        foreach (var s in doc.Sentences)
        {
            if (s.FirstToken != nextToken) return $"sentence at {s.Start} does not start after the previous one";
            if (s.TokenCount <= 0) return $"sentence at {s.Start} is empty";
            if (s.Start != doc.Tokens[s.FirstToken].Start || s.End != doc.Tokens[s.EndToken - 1].End) return $"sentence at {s.Start} does not cover its tokens";
            var block = doc.Blocks[s.BlockIndex];
            if (s.Start < block.Start || s.End > block.End) return $"sentence at {s.Start} is outside its block";
            nextToken = s.EndToken;
        }
        if (nextToken != doc.Tokens.Length) return "sentences do not cover every token";
        return null;
    }
}
