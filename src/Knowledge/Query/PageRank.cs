namespace Knowledge.Query;

/// <summary>
/// PageRank by power iteration over arrays (each node's in-edges as one slice of a source array): O(V + E) per
/// iteration. The rank of nodes without out-edges (dangling) is spread over every node, as the random jump is, so
/// the ranks add up to 1; iteration stops when the ranks move less than <see cref="Tolerance"/> in total (L1), or
/// after <see cref="MaxIterations"/>. Deterministic: the sums run in the arrays' order.
/// </summary>
internal static class PageRank
{
    /// <summary>The chance of following an edge rather than jumping to any node.</summary>
    public const double Damping = 0.85;

    /// <summary>The total change (sum over the nodes) below which the ranks are taken as converged.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>An upper bound on iterations; at damping 0.85 the tolerance is reached in about 170.</summary>
    public const int MaxIterations = 1000;

    /// <summary>
    /// The rank of each of <paramref name="nodeCount"/> nodes, given edge k from node <paramref name="sources"/>[k] to
    /// node <paramref name="targets"/>[k] (parallel edges count each).
    /// </summary>
    public static double[] Compute(int nodeCount, IReadOnlyList<int> sources, IReadOnlyList<int> targets)
    {
        if (nodeCount == 0) return [];
        var outDegree = new int[nodeCount];
        var inStart = new int[nodeCount + 1];
        for (int k = 0; k < sources.Count; k++)
        {
            outDegree[sources[k]]++;
            inStart[targets[k] + 1]++;
        }
        for (int i = 0; i < nodeCount; i++) inStart[i + 1] += inStart[i];
        var inSources = new int[sources.Count];
        var next = inStart[..^1];
        for (int k = 0; k < sources.Count; k++) inSources[next[targets[k]]++] = sources[k];

        var rank = new double[nodeCount];
        Array.Fill(rank, 1.0 / nodeCount);
        var updated = new double[nodeCount];
        var share = new double[nodeCount];
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double dangling = 0;
            for (int i = 0; i < nodeCount; i++)
            {
                if (outDegree[i] == 0) dangling += rank[i];
                share[i] = outDegree[i] == 0 ? 0 : rank[i] / outDegree[i];
            }
            double jump = (1 - Damping + Damping * dangling) / nodeCount;
            double change = 0;
            for (int i = 0; i < nodeCount; i++)
            {
                double received = 0;
                for (int k = inStart[i]; k < inStart[i + 1]; k++) received += share[inSources[k]];
                updated[i] = jump + Damping * received;
                change += Math.Abs(updated[i] - rank[i]);
            }
            (rank, updated) = (updated, rank);
            if (change < Tolerance) break;
        }
        return rank;
    }
}
