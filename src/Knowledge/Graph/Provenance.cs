namespace Knowledge.Graph;

/// <summary>
/// Where a fact comes from: a document and a character range in that document's text
/// (<see cref="Knowledge.Syntax.Doc.Text"/>), with the matching range in the source field or file (<see cref="Source"/>).
/// </summary>
/// <param name="DocId">The document's id.</param>
/// <param name="Start">Start offset (inclusive) in the document text.</param>
/// <param name="End">End offset (exclusive) in the document text.</param>
public readonly record struct Provenance(string DocId, int Start, int End) : IComparable<Provenance>
{
    /// <summary>The same range in the field or file it was read from; null when unknown (a graph saved before it was recorded, a range across fields).</summary>
    public SourceSpan? Source { get; init; }

    /// <inheritdoc />
    public int CompareTo(Provenance other)
    {
        int c = string.CompareOrdinal(DocId, other.DocId);
        if (c != 0) return c;
        c = Start.CompareTo(other.Start);
        return c != 0 ? c : End.CompareTo(other.End);
    }
}
