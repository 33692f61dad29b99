namespace Knowledge.Cli.Output;

/// <summary>Sends what a library writer writes to a UTF-8 stream on to a command's text output.</summary>
public static class Utf8Output
{
    /// <summary>Runs <paramref name="write"/> on a buffer and writes its text to <paramref name="writer"/>, with a final newline when asked.</summary>
    public static void Write(TextWriter writer, Action<Stream> write, bool newline = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        write(buffer);
        var text = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        if (newline) writer.WriteLine(text);
        else writer.Write(text);
    }
}
