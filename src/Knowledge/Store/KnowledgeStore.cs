using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;

namespace Knowledge.Store;

/// <summary>
/// A knowledge graph kept in a database and fed over time: documents are analysed once and their
/// mentions stored; resolution runs over every stored mention, so a graph built in several steps is
/// the graph of all the documents, byte for byte the one a single run over them gives. A file path
/// opens (or creates) a SQLite file; a connection string with <c>Host=</c> opens PostgreSQL.
/// A store is used by one thread at a time; several processes may share a PostgreSQL store.
/// </summary>
public sealed partial class KnowledgeStore : IDisposable
{
    private readonly IStoreBackend _backend;

    private KnowledgeStore(IStoreBackend backend, KnowledgePipeline pipeline)
    {
        _backend = backend;
        Pipeline = pipeline;
    }

    /// <summary>The store's location as shown in messages: the file path, or the connection string without its password.</summary>
    public string Location => _backend.Location;

    /// <summary>The pipeline that analyses added documents and whose lexicons resolution reads.</summary>
    public KnowledgePipeline Pipeline { get; }

    internal IStoreBackend Backend => _backend;

    /// <summary>
    /// Opens a store, creating it when absent, and brings its schema up to date.
    /// Throws <see cref="StoreException"/> (naming the location) for a file that is not a SQLite database,
    /// another application's database, or a store written by a newer version.
    /// </summary>
    /// <param name="location">A SQLite file path, or a PostgreSQL connection string (one containing <c>Host=</c>).</param>
    /// <param name="pipeline">The pipeline to analyse documents with; null for <see cref="KnowledgePipeline.CreateDefault"/>.</param>
    public static KnowledgeStore Open(string location, KnowledgePipeline? pipeline = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var backend = StoreBackends.Open(location);
        try
        {
            StoreSchema.Migrate(backend);
            return new KnowledgeStore(backend, pipeline ?? KnowledgePipeline.CreateDefault());
        }
        catch (Exception e) when (backend.IsDatabaseError(e))
        {
            backend.Dispose();
            throw new StoreException(backend.Location, $"cannot be read as a Knowledge store ({e.Message})", e);
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Adds documents: reads them in batches of <see cref="StoreOptions.BatchSize"/>, analyses each batch in
    /// parallel and writes it in one transaction. A document already stored with the same id and content is
    /// skipped; one whose content changed has its mentions replaced. Call <see cref="Resolve"/> (or
    /// <see cref="LoadGraph"/>) afterwards for the graph.
    /// </summary>
    public StoreUpdate Add(IEnumerable<SourceDocument> documents, StoreOptions? options = null, IProgress<StoreProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        throw new NotImplementedException();
    }

    /// <summary>
    /// Resolves every stored document's mentions into the graph (deterministically: the same documents give
    /// the same graph, whatever order and steps they were added in), saves it in the store and returns it.
    /// </summary>
    public KnowledgeGraph Resolve() => throw new NotImplementedException();

    /// <summary>The graph saved by the last <see cref="Resolve"/>; resolves first when documents changed since.</summary>
    public KnowledgeGraph LoadGraph() => throw new NotImplementedException();

    /// <summary>Closes the store's connection.</summary>
    public void Dispose() => _backend.Dispose();
}
