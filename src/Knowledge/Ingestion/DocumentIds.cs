namespace Knowledge.Ingestion;

/// <summary>
/// Keeps document ids unique across all inputs: the first document keeps its id, later ones with
/// the same id get "~2", "~3", … and a warning naming both places.
/// </summary>
internal sealed class DocumentIds
{
    private readonly Dictionary<string, DocumentOrigin> _seen = new(StringComparer.Ordinal);

    /// <summary>The document, renamed when its id was taken.</summary>
    public SourceDocument Claim(SourceDocument doc, List<Diagnostic> diagnostics)
    {
        if (_seen.TryAdd(doc.Id, doc.Origin)) return doc;
        var first = _seen[doc.Id];
        int n = 2;
        while (_seen.ContainsKey($"{doc.Id}~{n}")) n++;
        var id = $"{doc.Id}~{n}";
        _seen.Add(id, doc.Origin);
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, doc.Origin.Path, $"duplicate document id \"{doc.Id}\" (first read from {first}); renamed to \"{id}\"")
        {
            RecordIndex = doc.Origin.RecordIndex,
            Line = doc.Origin.RecordIndex is null ? null : doc.Origin.Line,
        });
        return doc with { Id = id };
    }
}
