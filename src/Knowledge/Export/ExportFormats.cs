namespace Knowledge.Export;

/// <summary>The output formats <see cref="GraphExporter"/> can write; combine with |.</summary>
[Flags]
public enum ExportFormats
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>knowledge.json, the scorer's contract.</summary>
    Json = 1,
    /// <summary>knowledge.graphml.</summary>
    GraphMl = 2,
    /// <summary>Every format.</summary>
    All = Json | GraphMl,
}
