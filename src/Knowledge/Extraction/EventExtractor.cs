using Knowledge.Pipeline;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>Pipeline component "events".</summary>
public sealed class EventExtractor : IDocComponent
{
    private readonly Lexicons _lexicons;

    /// <summary>Creates the component over the given lexicons.</summary>
    public EventExtractor(Lexicons lexicons) => _lexicons = lexicons;

    /// <summary>Creates the component over the default lexicons.</summary>
    public EventExtractor() : this(Lexicons.Default) { }

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public Doc Process(Doc doc) => _lexicons is null ? doc : doc;
}
