using System.Text.Json;

namespace Knowledge.Benchmarks;

/// <summary>Writes the scaled corpus as one JSON Lines file, to time the command-line tool on it (never commit the output).</summary>
public static class CorpusWriter
{
    /// <summary>Writes <c>corpus-{scale}x.jsonl</c> into <paramref name="directory"/>; returns its path.</summary>
    public static string Write(int scale, string directory)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, $"corpus-{scale}x.jsonl");
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        foreach (var d in CorpusScaler.Build(scale).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            if (d.Title is not null) json.WriteString("title", d.Title);
            if (d.Description is not null) json.WriteString("description", d.Description);
            if (d.ImageCaption is not null) json.WriteString("imageCaption", d.ImageCaption);
            if (d.Published is { } p) json.WriteString("published", p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (d.Author is not null) json.WriteString("author", d.Author);
            json.WriteString("text", d.Body);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
        return path;
    }
}
