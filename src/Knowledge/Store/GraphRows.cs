using System.Data.Common;
using Knowledge.Graph;

namespace Knowledge.Store;

/// <summary>Saves the resolved graph into <c>graph_nodes</c>/<c>graph_edges</c> and reads it back.</summary>
internal sealed class GraphRows(IStoreBackend backend)
{
    private DbConnection Connection => backend.Connection;

    /// <summary>Replaces the saved graph in one transaction, stamping it with the documents revision it was resolved from.</summary>
    public void Save(KnowledgeGraph graph, long documentsRevision)
    {
        using var transaction = Connection.BeginTransaction();
        if (backend.Dialect.GraphWriteLock is { } graphLock) StoreCommands.Execute(Connection, transaction, graphLock);
        StoreCommands.Execute(Connection, transaction, StoreSql.DeleteGraphEdges);
        StoreCommands.Execute(Connection, transaction, StoreSql.DeleteGraphNodes);
        InsertRows(transaction, StoreSql.InsertGraphNode, ("id", "type", "label", "record"), graph.Nodes,
            static node => (node.Id, TypeNames.Of(node.Type), node.Label, StoreJson.Write(GraphRecords.Of(node))));
        InsertRows(transaction, StoreSql.InsertGraphEdge, ("source_id", "type", "target_id", "record"), graph.Edges,
            static edge => (edge.Source.Id, TypeNames.Of(edge.Type), edge.Target.Id, StoreJson.Write(GraphRecords.Of(edge))));
        StoreCommands.Execute(Connection, transaction, StoreSql.SetGraphRevision, ("value", documentsRevision));
        transaction.Commit();
    }

    /// <summary>Inserts one row per item with one prepared four-parameter command.</summary>
    private void InsertRows<T>(DbTransaction transaction, string sql, (string, string, string, string) columns,
        System.Collections.Immutable.ImmutableArray<T> items, Func<T, (string, string, string, string)> row)
    {
        using var insert = StoreCommands.Create(Connection, transaction, sql);
        var first = StoreCommands.Add(insert, columns.Item1, "");
        var second = StoreCommands.Add(insert, columns.Item2, "");
        var third = StoreCommands.Add(insert, columns.Item3, "");
        var fourth = StoreCommands.Add(insert, columns.Item4, "");
        foreach (var item in items)
        {
            (first.Value, second.Value, third.Value, fourth.Value) = row(item);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>The saved graph.</summary>
    public KnowledgeGraph Read()
    {
        try
        {
            return GraphRecords.Build(ReadAll<StoredNode>(StoreSql.SelectGraphNodes), ReadAll<StoredEdge>(StoreSql.SelectGraphEdges));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException)
        {
            throw new StoreException(backend.Location, $"the saved graph has a damaged record ({e.Message}); resolve the store again", e);
        }
    }

    private List<T> ReadAll<T>(string sql)
    {
        var items = new List<T>();
        using var command = StoreCommands.Create(Connection, null, sql);
        using var reader = command.ExecuteReader();
        while (reader.Read()) items.Add(StoreJson.Read<T>(reader.GetString(0)));
        return items;
    }
}
