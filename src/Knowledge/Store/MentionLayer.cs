namespace Knowledge.Store;

/// <summary>The layers of an analysed document the store keeps, one row per item (<c>mentions.layer</c>).</summary>
internal enum MentionLayer
{
    /// <summary><see cref="Syntax.Doc.Entities"/>.</summary>
    Entity,
    /// <summary><see cref="Syntax.Doc.Dates"/>.</summary>
    Date,
    /// <summary><see cref="Syntax.Doc.Roles"/>.</summary>
    Role,
    /// <summary><see cref="Syntax.Doc.Quotes"/>.</summary>
    Quote,
    /// <summary><see cref="Syntax.Doc.Events"/>.</summary>
    Event,
    /// <summary><see cref="Syntax.Doc.Relations"/>.</summary>
    Relation,
    /// <summary><see cref="Syntax.Doc.Links"/>.</summary>
    Link,
    /// <summary><see cref="Syntax.Doc.Diagnostics"/> (no offsets: stored as 0, 0).</summary>
    Diagnostic,
    /// <summary>The document's source map (one row, no offsets): where its text was read from, for the graph's source spans.</summary>
    Source,
}

/// <summary>The names of mention layers as stored in the <c>mentions.layer</c> column.</summary>
internal static class MentionLayers
{
    public static string Name(this MentionLayer layer) => layer switch
    {
        MentionLayer.Entity => "entity",
        MentionLayer.Date => "date",
        MentionLayer.Role => "role",
        MentionLayer.Quote => "quote",
        MentionLayer.Event => "event",
        MentionLayer.Relation => "relation",
        MentionLayer.Link => "link",
        MentionLayer.Diagnostic => "diagnostic",
        MentionLayer.Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };

    public static MentionLayer Parse(string name) => name switch
    {
        "entity" => MentionLayer.Entity,
        "date" => MentionLayer.Date,
        "role" => MentionLayer.Role,
        "quote" => MentionLayer.Quote,
        "event" => MentionLayer.Event,
        "relation" => MentionLayer.Relation,
        "link" => MentionLayer.Link,
        "diagnostic" => MentionLayer.Diagnostic,
        "source" => MentionLayer.Source,
        _ => throw new FormatException($"unknown mention layer \"{name}\""),
    };
}

/// <summary>One stored item of a document's layer: its position in the layer, its offsets, and the whole record as JSON.</summary>
/// <param name="Layer">Which layer.</param>
/// <param name="Ordinal">Its 0-based index in the layer (the layer's order is kept).</param>
/// <param name="Start">Start offset in the document text (0 for diagnostics).</param>
/// <param name="End">End offset (0 for diagnostics).</param>
/// <param name="Record">The item serialised by <see cref="StoreJson"/>.</param>
internal sealed record MentionRow(MentionLayer Layer, int Ordinal, int Start, int End, string Record);
