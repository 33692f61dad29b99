namespace Knowledge.Lexicons;

/// <summary>Lists the tokenizer reads beyond the English word classes.</summary>
internal sealed class TextLexicons
{
    internal TextLexicons(LexiconLoader load)
    {
        TopLevelDomains = load.List("text/top-level-domains");
    }

    /// <summary>Top-level domains that end a bare web address ("org", "ph", "news"). (models/text/top-level-domains.txt)</summary>
    public Lexicon TopLevelDomains { get; }
}
