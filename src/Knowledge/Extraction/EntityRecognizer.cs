using Knowledge.Pipeline;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>Pipeline component "entities".</summary>
public sealed class EntityRecognizer : IDocComponent
{
    private readonly Lexicons _lexicons;

    /// <summary>Creates the component over the given lexicons.</summary>
    public EntityRecognizer(Lexicons lexicons) => _lexicons = lexicons;

    /// <summary>Creates the component over the default lexicons.</summary>
    public EntityRecognizer() : this(Lexicons.Default) { }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public Doc Process(Doc doc) => _lexicons is null ? doc : doc;
}
