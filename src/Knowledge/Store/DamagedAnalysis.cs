using Knowledge.Ingestion;

namespace Knowledge.Store;

/// <summary>
/// An analysed document whose stored rows cannot be decoded (edited by hand, a disk fault): resolution leaves it out
/// and the store marks it failed, so adding or enqueueing it again analyses it again.
/// </summary>
/// <param name="Id">The document's id.</param>
/// <param name="ContentHash">The content hash its row held when read: it is marked failed only while the row still holds it (not after another process replaced it).</param>
/// <param name="Where">Which row: "source", or the layer and ordinal of a mention row ("quote row 3").</param>
/// <param name="Reason">Why it cannot be decoded (the decoder's message, with its position).</param>
internal sealed record DamagedAnalysis(string Id, string ContentHash, string Where, string Reason)
{
    /// <summary>What is stored as the document's failure and shown in the queue's status.</summary>
    public string Failure => $"its stored analysis cannot be read ({Where}: {Reason})";

    /// <summary>The error reported for it, naming the store, the document and the row.</summary>
    public Diagnostic Problem(string storeLocation) =>
        new(DiagnosticSeverity.Error, storeLocation,
            $"document \"{Id}\": {Failure}; left out of the graph and marked failed (add or enqueue it again to analyse it again)");
}
