using System.Collections.Frozen;
using Knowledge.Resolution;
using Knowledge.Syntax;

namespace Knowledge.Store;

/// <summary>
/// A store's analysed documents as resolution reads them: one document at a time, in id order, each pass anew and
/// with the layers that pass needs only (the entity pass decodes no quote, event or relation). The ids are read once,
/// so every pass sees the same documents. A document whose stored analysis cannot be decoded is left out of the pass
/// that finds it and handed to <paramref name="damaged"/> (the caller marks it failed and resolves again, so that both
/// passes leave it out).
/// </summary>
internal sealed class StoredDocumentSource(IStoreBackend backend, Action<DamagedAnalysis> damaged) : IDocumentSource
{
    private static readonly FrozenSet<MentionLayer> EntityLayers = FrozenSet.ToFrozenSet([MentionLayer.Entity, MentionLayer.Source]);

    private static readonly FrozenSet<MentionLayer> EdgeLayers = FrozenSet.ToFrozenSet(
        [MentionLayer.Entity, MentionLayer.Role, MentionLayer.Quote, MentionLayer.Event, MentionLayer.Relation, MentionLayer.Source]);

    private readonly DocumentRows _rows = new(backend);
    private List<string>? _ids;

    public IEnumerable<Doc> Enumerate(ResolutionPass pass)
    {
        _ids ??= _rows.AnalysedIds();
        return _rows.ReadAnalysed(_ids, pass == ResolutionPass.Entities ? EntityLayers : EdgeLayers, damaged);
    }
}
