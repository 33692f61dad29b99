using Knowledge.Ingestion;
using Knowledge.Store;

namespace Knowledge.Tests.Store;

/// <summary>
/// The test assembly's entry point, for specs that need a store in a process of its own:
/// <c>dotnet Knowledge.Tests.dll store-add STORE INPUT BATCH</c> adds INPUT to STORE in batches of BATCH,
/// printing "committed BATCHES DOCUMENTS" after each committed batch, so a spec can kill it at a known point.
/// The test runner never calls it.
/// </summary>
public static class StoreAddHost
{
    public const string Command = "store-add";

    public static int Main(string[] args)
    {
        if (args.Length != 4 || args[0] != Command || !int.TryParse(args[3], out int batchSize))
        {
            Console.Error.WriteLine($"usage: {Command} STORE INPUT BATCH");
            return 2;
        }
        var documents = DocumentLoader.Load([args[2]]).Documents;
        using var store = KnowledgeStore.Open(args[1]);
        var update = store.Add(documents, new StoreOptions { BatchSize = batchSize, MaxDegreeOfParallelism = 1 },
            new Synchronous<StoreProgress>(p => Console.Out.WriteLine($"committed {p.Batches} {p.Documents}")));
        Console.Out.WriteLine($"done {update.Added} {update.Unchanged}");
        return 0;
    }
}
