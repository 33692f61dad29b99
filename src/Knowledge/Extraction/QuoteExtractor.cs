using Knowledge.Pipeline;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>Pipeline component "quotes".</summary>
public sealed class QuoteExtractor : IDocComponent
{
    private readonly Lexicons _lexicons;

    /// <summary>Creates the component over the given lexicons.</summary>
    public QuoteExtractor(Lexicons lexicons) => _lexicons = lexicons;

    /// <summary>Creates the component over the default lexicons.</summary>
    public QuoteExtractor() : this(Lexicons.Default) { }

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public Doc Process(Doc doc) => _lexicons is null ? doc : doc;
}
