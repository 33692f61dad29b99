using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Benchmarks;

/// <summary>
/// Builds benchmark inputs at run time from the shared corpus (its text is never committed): the corpus
/// repeated <c>scale</c> times, copy k with new document ids and its people renamed by a permutation of the
/// corpus's own given names and surnames (given names rotated by k, surnames by 3k), so that each copy names
/// mostly new people and cross-document resolution has real work. Copy 0 is the corpus as it is. The
/// documents come back in a fixed shuffled order, so the pipeline's own ordering is exercised.
/// </summary>
public static class CorpusScaler
{
    /// <summary>The corpus folder: $KNOWLEDGE_CORPUS, else the first ../shared/corpus found above the working directory or the assembly.</summary>
    public static string CorpusDirectory()
    {
        if (Environment.GetEnvironmentVariable("KNOWLEDGE_CORPUS") is { Length: > 0 } env) return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        throw new DirectoryNotFoundException("No shared/corpus folder above the working directory; set KNOWLEDGE_CORPUS.");
    }

    private static readonly Lazy<(ImmutableArray<SourceDocument> Docs, string[] Given, string[] Surnames)> Original = new(LoadOriginal);

    private static readonly Dictionary<int, ImmutableArray<SourceDocument>> Cache = [];

    /// <summary>The corpus scaled <paramref name="scale"/> times (cached per scale).</summary>
    public static ImmutableArray<SourceDocument> Build(int scale)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(scale, out var cached)) return cached;
            var (docs, given, surnames) = Original.Value;
            var result = new List<SourceDocument>(docs.Length * scale);
            for (int k = 0; k < scale; k++)
            {
                var rename = Renaming(given, surnames, k);
                foreach (var d in docs) result.Add(k == 0 ? d : Copy(d, k, rename));
            }
            // A fixed shuffle: the pipeline must not depend on input order.
            var random = new Random(8);
            var shuffled = result.OrderBy(_ => random.Next()).ToImmutableArray();
            Cache[scale] = shuffled;
            return shuffled;
        }
    }

    /// <summary>The size of the documents' text (body, title, description, caption) in UTF-8 bytes.</summary>
    public static long Utf8Bytes(IEnumerable<SourceDocument> docs) =>
        docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Body) + Bytes(d.Title) + Bytes(d.Description) + Bytes(d.ImageCaption));

    /// <summary>The number of distinct given names and surnames the renaming permutes.</summary>
    public static (int Given, int Surnames) NameCounts => (Original.Value.Given.Length, Original.Value.Surnames.Length);

    private static long Bytes(string? s) => s is null ? 0 : Encoding.UTF8.GetByteCount(s);

    private static (ImmutableArray<SourceDocument>, string[], string[]) LoadOriginal()
    {
        var load = DocumentLoader.Load([CorpusDirectory()]);
        if (load.Documents.IsEmpty) throw new InvalidOperationException("The corpus holds no documents.");
        // The people the pipeline finds give the names to permute; words that are also months, places or
        // common capitalised words are left alone so the text around names keeps its meaning.
        var lex = LexiconSet.Default;
        var pipeline = KnowledgePipeline.CreateDefault();
        var given = new SortedSet<string>(StringComparer.Ordinal);
        var surnames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in load.Documents)
            foreach (var m in pipeline.Process(source).Entities)
            {
                if (m.Type != EntityType.Person) continue;
                var parts = m.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || !IsName(parts[0], lex) || !IsName(parts[^1], lex)) continue;
                given.Add(parts[0]);
                surnames.Add(parts[^1]);
            }
        surnames.ExceptWith(given);
        return (load.Documents, [.. given], [.. surnames]);
    }

    private static bool IsName(string word, LexiconSet lex) =>
        word.Length >= 3 && char.IsUpper(word[0]) && word.All(char.IsLetter)
        && !lex.English.Months.Contains(word) && !lex.Names.Places.Contains(word) && !lex.English.CommonCapitalized.Contains(word)
        && !lex.Titles.Honorifics.Contains(word) && !lex.Titles.PersonTitles.Contains(word) && !lex.Names.Nationalities.Contains(word);

    private static Func<string?, string?> Renaming(string[] given, string[] surnames, int k)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < given.Length; i++) map[given[i]] = given[(i + k) % given.Length];
        for (int i = 0; i < surnames.Length; i++) map[surnames[i]] = surnames[(i + 3 * k) % surnames.Length];
        if (map.Count == 0) return s => s;
        var words = new Regex(@"\b(?:" + string.Join("|", map.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")\b",
            RegexOptions.CultureInvariant);
        return s => s is null ? null : words.Replace(s, m => map[m.Value]);
    }

    private static SourceDocument Copy(SourceDocument d, int k, Func<string?, string?> rename) =>
        d with
        {
            Id = $"{d.Id}-copy{k}",
            Body = rename(d.Body)!,
            Title = rename(d.Title),
            Description = rename(d.Description),
            ImageCaption = rename(d.ImageCaption),
        };
}
