namespace Knowledge.Lexicons;

/// <summary>Words the role rules read around titles.</summary>
public sealed class RoleLexicons
{
    internal RoleLexicons(LexiconLoader load)
    {
        _ = load;
    }
}
