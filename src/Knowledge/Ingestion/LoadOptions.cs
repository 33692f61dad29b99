namespace Knowledge.Ingestion;

/// <summary>How <see cref="DocumentLoader.Stream"/> reads its inputs.</summary>
public sealed record LoadOptions
{
    /// <summary>The options <see cref="DocumentLoader.Load"/> uses.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>
    /// How files' bytes become text (default <see cref="InputEncoding.Auto"/>). Standard input is read as the
    /// <see cref="TextReader"/> given decodes it. With any encoding but Auto, JSON Lines files are read whole rather
    /// than line by line.
    /// </summary>
    public InputEncoding Encoding { get; init; } = InputEncoding.Auto;

    /// <summary>
    /// What folder searches leave out, and which input files are skipped (default <see cref="InputExclusions.Default"/>:
    /// only the output folders this tool wrote and the files their manifests list).
    /// </summary>
    public InputExclusions Exclusions { get; init; } = InputExclusions.Default;
}
