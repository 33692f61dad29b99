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
        using (var insert = StoreCommands.Create(Connection, transaction, StoreSql.InsertGraphNode))
        {
            var id = StoreCommands.Add(insert, "id", "");
            var type = StoreCommands.Add(insert, "type", "");
            var label = StoreCommands.Add(insert, "label", "");
            var record = StoreCommands.Add(insert, "record", "");
            foreach (var node in graph.Nodes)
            {
                id.Value = node.Id;
                type.Value = TypeNames.Of(node.Type);
                label.Value = node.Label;
                record.Value = StoreJson.Write(GraphRecords.Of(node));
                insert.ExecuteNonQuery();
            }
        }
        using (var insert = StoreCommands.Create(Connection, transaction, StoreSql.InsertGraphEdge))
        {
            var source = StoreCommands.Add(insert, "source_id", "");
            var type = StoreCommands.Add(insert, "type", "");
            var target = StoreCommands.Add(insert, "target_id", "");
            var record = StoreCommands.Add(insert, "record", "");
            foreach (var edge in graph.Edges)
            {
                source.Value = edge.Source.Id;
                type.Value = TypeNames.Of(edge.Type);
                target.Value = edge.Target.Id;
                record.Value = StoreJson.Write(GraphRecords.Of(edge));
                insert.ExecuteNonQuery();
            }
        }
        StoreCommands.Execute(Connection, transaction, StoreSql.SetGraphRevision, ("value", documentsRevision));
        transaction.Commit();
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
