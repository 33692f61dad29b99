using System.Collections.Immutable;
using Knowledge.Ingestion;

namespace Knowledge.Store;

/// <summary>
/// What a worker claimed in one go: the documents whose stored source it could read, in id order, and those
/// whose stored source it could not (a damaged row), which it marks failed instead of analysing.
/// </summary>
internal sealed record QueueClaim(ImmutableArray<SourceDocument> Documents, ImmutableArray<DamagedDocument> Damaged)
{
    public int Count => Documents.Length + Damaged.Length;
}

/// <summary>A claimed document whose stored source cannot be decoded, and the error that says so.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Failure">Why it failed, as the store keeps it.</param>
/// <param name="Problem">An error naming the document, its file and why its source cannot be read.</param>
internal sealed record DamagedDocument(string Id, string Failure, Diagnostic Problem)
{
    public static DamagedDocument Of(string id, string sourcePath, string reason)
    {
        string failure = $"its queued source in the store cannot be read ({reason})";
        return new(id, failure, new Diagnostic(DiagnosticSeverity.Error, sourcePath,
            $"document \"{id}\": {failure}; marked failed, not analysed (enqueue it again to retry)"));
    }
}
