using Knowledge.Pipeline;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>Pipeline component "roles".</summary>
public sealed class RoleRecognizer : IDocComponent
{
    private readonly Lexicons _lexicons;

    /// <summary>Creates the component over the given lexicons.</summary>
    public RoleRecognizer(Lexicons lexicons) => _lexicons = lexicons;

    /// <summary>Creates the component over the default lexicons.</summary>
    public RoleRecognizer() : this(Lexicons.Default) { }

    /// <inheritdoc />
    public string Name => "roles";

    /// <inheritdoc />
    public Doc Process(Doc doc) => _lexicons is null ? doc : doc;
}
