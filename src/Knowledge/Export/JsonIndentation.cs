namespace Knowledge.Export;

/// <summary>Whether knowledge.json is indented (one value a line) or compact (no white space).</summary>
public enum JsonIndentation
{
    /// <summary>Indented up to <see cref="JsonExportOptions.AutoIndentMaxNodes"/> nodes, compact above (the default).</summary>
    Auto,
    /// <summary>Always indented, however large the graph.</summary>
    Always,
    /// <summary>Never indented: the whole document on one line.</summary>
    Never,
}
