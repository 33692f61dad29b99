using System.Buffers;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>
/// Each node's id as the JSON export writes it (quoted, escaped, UTF-8), encoded when the node is written and copied at
/// every edge end that names it: an edge's ends were escaped and transcoded again for every edge.
/// </summary>
/// <remarks>
/// Nodes are found by reference (the graph's edges hold its own node instances); an edge end that is another instance
/// is not found and the caller encodes its id. The encoded bytes live in one pooled buffer, returned on dispose.
/// </remarks>
internal sealed class EncodedNodeIds(int capacity) : IDisposable
{
    private readonly Dictionary<GraphNode, (int Start, int Length)> _spans = new(capacity, ReferenceEqualityComparer.Instance);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(Math.Max(256, capacity * 48));
    private int _length;
    // The two nodes found last, so an edge's source, the same over a run of edges, is found again without a lookup
    // while the targets change.
    private GraphNode? _found0, _found1;
    private (int Start, int Length) _span0, _span1;
    private bool _oneIsOlder;

    /// <summary>Encodes <paramref name="node"/>'s id and keeps it for the edges; the encoded bytes.</summary>
    public ReadOnlySpan<byte> Add(GraphNode node)
    {
        int start = _length;
        Utf8JsonOutput.AppendQuoted(ref _bytes, ref _length, node.Id, node.Id);
        _spans[node] = (start, _length - start);
        return _bytes.AsSpan(start, _length - start);
    }

    /// <summary>The encoded id of a node added before, or false for a node not added.</summary>
    /// <remarks>The last two nodes found are answered without a lookup: a graph's edges are sorted by their source.</remarks>
    public bool TryGet(GraphNode node, out ReadOnlySpan<byte> encoded)
    {
        if (ReferenceEquals(node, _found0))
        {
            _oneIsOlder = true;
            encoded = _bytes.AsSpan(_span0.Start, _span0.Length);
            return true;
        }
        if (ReferenceEquals(node, _found1))
        {
            _oneIsOlder = false;
            encoded = _bytes.AsSpan(_span1.Start, _span1.Length);
            return true;
        }
        if (_spans.TryGetValue(node, out var span))
        {
            if (_oneIsOlder) (_found1, _span1, _oneIsOlder) = (node, span, false);
            else (_found0, _span0, _oneIsOlder) = (node, span, true);
            encoded = _bytes.AsSpan(span.Start, span.Length);
            return true;
        }
        encoded = default;
        return false;
    }

    public void Dispose()
    {
        var bytes = _bytes;
        _bytes = [];
        if (bytes.Length > 0) ArrayPool<byte>.Shared.Return(bytes);
    }
}
