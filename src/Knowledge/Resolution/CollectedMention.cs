using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>A mention as resolution keeps it: its document (an index into the resolver's document ids), the mention, its identity keys, the text it was written as and where that is in the source.</summary>
/// <remarks>
/// A corpus's every entity mention is kept until resolution, so the struct is kept to 48 bytes: whether there is a
/// source span is the sign of the document's index, not a nullable span's own flag (which made it 56).
/// </remarks>
internal readonly record struct CollectedMention
{
    // The document's index, or its complement when the mention has no source span.
    private readonly int _docOrNoSource;
    private readonly SourceSpan _source;

    public CollectedMention(int doc, EntityMention m, string[] keys, string written, SourceSpan? source)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(doc);
        _docOrNoSource = source is null ? ~doc : doc;
        _source = source.GetValueOrDefault();
        M = m;
        Keys = keys;
        Written = written;
    }

    /// <summary>The document's index in the resolver's document ids.</summary>
    public int Doc => _docOrNoSource < 0 ? ~_docOrNoSource : _docOrNoSource;

    public EntityMention M { get; }

    public string[] Keys { get; }

    public string Written { get; }

    /// <summary>Where the mention is in what the user gave, when known.</summary>
    public SourceSpan? Source => _docOrNoSource < 0 ? null : _source;
}
