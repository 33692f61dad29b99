using System.Text.Json;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>Recognises and reads a graph saved by <see cref="JsonGraphWriter"/> (knowledge.json).</summary>
public static class SavedGraph
{
    /// <summary>
    /// Whether the file is a saved graph: a .json file whose top-level object opens with a "nodes"
    /// or "edges" array. Only the file's start is read; a records export or any other JSON is not one.
    /// </summary>
    public static bool IsSavedGraph(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || !File.Exists(path)) return false;
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[64 * 1024];
            int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var reader = new Utf8JsonReader(buffer.AsSpan(0, read), isFinalBlock: read < buffer.Length,
                new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip }));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName) return false;
            string name = reader.GetString() ?? "";
            if (name is not ("nodes" or "edges")) return false;
            return reader.Read() && reader.TokenType == JsonTokenType.StartArray;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reads a saved graph; throws <see cref="JsonException"/> or <see cref="FormatException"/> when it is malformed.</summary>
    public static KnowledgeGraph Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonGraphReader.Read(stream);
    }
}
