using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace Knowledge.Lexicons;

/// <summary>
/// The word lists of models/ as the library embeds them: one resource, <c>Knowledge.Models.bundle</c>, written at build
/// time (Knowledge.csproj, target BundleModels): "KMB1", the number of files, each file's name (UTF-8, "english/articles")
/// and length in bytes, in ordinal order of the names, then the files' bytes one after another, little-endian counts.
/// The resource is found once, and each list read from it: the native tool's resource look-up reads the assembly's
/// resource index entry by entry, so a resource a file made start-up look through the index 162 times.
/// </summary>
internal static class EmbeddedModels
{
    private const string ResourceName = "Knowledge.Models.bundle";

    private static readonly Lazy<Bundle> Loaded = new(Open);

    /// <summary>The names of the embedded lists, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => Loaded.Value.Names;

    /// <summary>Whether a list of that name is embedded.</summary>
    public static bool Contains(string name) => Loaded.Value.Files.ContainsKey(name);

    /// <summary>The bytes of an embedded list, in an array of their own; null when no list has that name.</summary>
    public static byte[]? ReadAllBytes(string name)
    {
        var bundle = Loaded.Value;
        if (!bundle.Files.TryGetValue(name, out var file)) return null;
        var bytes = new byte[file.Length];
        // One stream over the resource serves every read: a read seeks and copies under its lock.
        lock (bundle.Stream)
        {
            bundle.Stream.Position = file.Offset;
            bundle.Stream.ReadExactly(bytes);
        }
        return bytes;
    }

    private sealed record Bundle(Stream Stream, FrozenDictionary<string, (long Offset, int Length)> Files, IReadOnlyList<string> Names);

    private static Bundle Open()
    {
        var stream = typeof(EmbeddedModels).GetTypeInfo().Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library holds no resource {ResourceName}: it was built without its word lists.");
        Span<byte> word = stackalloc byte[4];
        stream.ReadExactly(word);
        if (!word.SequenceEqual("KMB1"u8)) throw new InvalidDataException($"{ResourceName} is not a bundle of word lists (it opens with no \"KMB1\").");
        int count = ReadCount(stream, word);
        var index = new (string Name, int Length)[count];
        for (int i = 0; i < count; i++)
        {
            var name = new byte[ReadCount(stream, word)];
            stream.ReadExactly(name);
            index[i] = (Encoding.UTF8.GetString(name), ReadCount(stream, word));
        }
        var files = new Dictionary<string, (long Offset, int Length)>(count, StringComparer.Ordinal);
        long offset = stream.Position;
        foreach (var (name, length) in index)
        {
            files.Add(name, (offset, length));
            offset += length;
        }
        if (offset != stream.Length) throw new InvalidDataException($"{ResourceName} holds {stream.Length} bytes where its index accounts for {offset}.");
        return new Bundle(stream, files.ToFrozenDictionary(StringComparer.Ordinal), [.. index.Select(f => f.Name)]);
    }

    private static int ReadCount(Stream stream, Span<byte> word)
    {
        stream.ReadExactly(word);
        int value = BinaryPrimitives.ReadInt32LittleEndian(word);
        if (value < 0) throw new InvalidDataException($"{ResourceName} holds a negative count.");
        return value;
    }
}
