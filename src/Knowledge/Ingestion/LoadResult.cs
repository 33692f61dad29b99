using System.Collections.Immutable;

namespace Knowledge.Ingestion;

/// <summary>What reading inputs produced: the documents read, and the problems met on the way.</summary>
/// <param name="Documents">Every document that could be read, in input order.</param>
/// <param name="Diagnostics">Warnings (read anyway) and errors (skipped), each naming file, record and position.</param>
public sealed record LoadResult(ImmutableArray<SourceDocument> Documents, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether anything was skipped.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
