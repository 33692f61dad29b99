using System.Collections.Immutable;
using Knowledge.Ingestion;
using Knowledge.Syntax;

namespace Knowledge.Store;

/// <summary>
/// An analysed document's resolution layers ↔ store rows: the source's fields (all but the body, which
/// resolution never reads), the text every offset refers to, and one <see cref="MentionRow"/> per entity,
/// date, role, quote, event, relation, link and diagnostic, in layer order. Rebuilding from the rows gives
/// a <see cref="Doc"/> that resolves to exactly the graph the original gives (its source map included, one row);
/// tokens, sentences and blocks are not kept (a run with <c>keepTokens: false</c> drops them too).
/// </summary>
internal static class AnalysisCodec
{
    public static IEnumerable<MentionRow> Rows(Doc doc) =>
        Layer(MentionLayer.Entity, doc.Entities, m => (m.Start, m.End))
        .Concat(Layer(MentionLayer.Date, doc.Dates, m => (m.Start, m.End)))
        .Concat(Layer(MentionLayer.Role, doc.Roles, m => (m.Start, m.End)))
        .Concat(Layer(MentionLayer.Quote, doc.Quotes, m => (m.Start, m.Spans.IsDefaultOrEmpty ? m.Start : m.Spans[^1].End)))
        .Concat(Layer(MentionLayer.Event, doc.Events, m => (m.Start, m.End)))
        .Concat(Layer(MentionLayer.Relation, doc.Relations, m => (m.Start, m.End)))
        .Concat(Layer(MentionLayer.Link, doc.Links, m => (m.Start, m.End)))
        .Concat(Layer(MentionLayer.Diagnostic, doc.Diagnostics, _ => (0, 0)))
        .Concat(doc.SourceMap is { } map ? [new MentionRow(MentionLayer.Source, 0, 0, 0, StoreJson.Write(map.Data))] : []);

    /// <summary>The source as stored: every field, the body only when asked (a queued document needs it; an analysed one does not).</summary>
    public static string EncodeSource(SourceDocument source, bool withBody) =>
        StoreJson.Write(withBody ? source : source with { Body = "" });

    public static SourceDocument DecodeSource(string json) => StoreJson.Read<SourceDocument>(json);

    private static IEnumerable<MentionRow> Layer<T>(MentionLayer layer, ImmutableArray<T> items, Func<T, (int Start, int End)> span)
    {
        if (items.IsDefault) yield break;
        for (int i = 0; i < items.Length; i++)
        {
            var (start, end) = span(items[i]);
            yield return new MentionRow(layer, i, start, end, StoreJson.Write(items[i]));
        }
    }
}

/// <summary>Collects a stored document's rows, layer by layer in ordinal order, and rebuilds its <see cref="Doc"/>.</summary>
internal sealed class StoredDocBuilder(SourceDocument source, string text)
{
    private readonly ImmutableArray<EntityMention>.Builder _entities = ImmutableArray.CreateBuilder<EntityMention>();
    private readonly ImmutableArray<DateMention>.Builder _dates = ImmutableArray.CreateBuilder<DateMention>();
    private readonly ImmutableArray<RoleMention>.Builder _roles = ImmutableArray.CreateBuilder<RoleMention>();
    private readonly ImmutableArray<QuoteMention>.Builder _quotes = ImmutableArray.CreateBuilder<QuoteMention>();
    private readonly ImmutableArray<EventMention>.Builder _events = ImmutableArray.CreateBuilder<EventMention>();
    private readonly ImmutableArray<RelationMention>.Builder _relations = ImmutableArray.CreateBuilder<RelationMention>();
    private readonly ImmutableArray<Link>.Builder _links = ImmutableArray.CreateBuilder<Link>();
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private SourceMap? _sourceMap;

    public string Id => source.Id;

    /// <summary>Adds the next row of a layer (rows of one layer must come in ordinal order).</summary>
    public void Add(MentionLayer layer, string record)
    {
        switch (layer)
        {
            case MentionLayer.Entity: _entities.Add(StoreJson.Read<EntityMention>(record)); break;
            case MentionLayer.Date: _dates.Add(StoreJson.Read<DateMention>(record)); break;
            case MentionLayer.Role: _roles.Add(StoreJson.Read<RoleMention>(record)); break;
            case MentionLayer.Quote: _quotes.Add(StoreJson.Read<QuoteMention>(record)); break;
            case MentionLayer.Event: _events.Add(StoreJson.Read<EventMention>(record)); break;
            case MentionLayer.Relation: _relations.Add(StoreJson.Read<RelationMention>(record)); break;
            case MentionLayer.Link: _links.Add(StoreJson.Read<Link>(record)); break;
            case MentionLayer.Diagnostic: _diagnostics.Add(StoreJson.Read<Diagnostic>(record)); break;
            case MentionLayer.Source: _sourceMap = new SourceMap(StoreJson.Read<int[]>(record)); break;
            default: throw new ArgumentOutOfRangeException(nameof(layer), layer, null);
        }
    }

    public Doc Build() => new(source, text, ImmutableArray<Block>.Empty)
    {
        Entities = _entities.ToImmutable(),
        Dates = _dates.ToImmutable(),
        Roles = _roles.ToImmutable(),
        Quotes = _quotes.ToImmutable(),
        Events = _events.ToImmutable(),
        Relations = _relations.ToImmutable(),
        Links = _links.ToImmutable(),
        Diagnostics = _diagnostics.ToImmutable(),
        SourceMap = _sourceMap,
    };
}
