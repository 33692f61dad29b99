using Knowledge.Pipeline;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>Pipeline component "dates".</summary>
public sealed class DateRecognizer : IDocComponent
{
    private readonly Lexicons _lexicons;

    /// <summary>Creates the component over the given lexicons.</summary>
    public DateRecognizer(Lexicons lexicons) => _lexicons = lexicons;

    /// <summary>Creates the component over the default lexicons.</summary>
    public DateRecognizer() : this(Lexicons.Default) { }

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public Doc Process(Doc doc) => _lexicons is null ? doc : doc;
}
