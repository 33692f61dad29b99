namespace Knowledge.Ingestion;

/// <summary>
/// Reads documents from files, directories (searched recursively) and standard input ("-"),
/// choosing a reader by content and extension. One bad file or record is reported and skipped;
/// everything else is read.
/// </summary>
public static class DocumentLoader
{
    /// <summary>Reads every input. "-" reads <paramref name="standardInput"/>.</summary>
    public static LoadResult Load(IEnumerable<string> inputs, TextReader? standardInput = null) =>
        throw new NotImplementedException();
}
