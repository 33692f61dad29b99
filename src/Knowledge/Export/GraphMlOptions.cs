namespace Knowledge.Export;

/// <summary>Options of the GraphML writer.</summary>
public sealed record GraphMlOptions
{
    /// <summary>Adds yEd's ShapeNode labels and a colour per node type.</summary>
    public bool Yed { get; init; }
}
