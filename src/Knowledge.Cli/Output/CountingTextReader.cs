namespace Knowledge.Cli.Output;

/// <summary>A reader that counts the characters read through it, so --stats can report standard input's size.</summary>
internal sealed class CountingTextReader(TextReader inner) : TextReader
{
    /// <summary>Characters read so far.</summary>
    public long CharsRead { get; private set; }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        int c = inner.Read();
        if (c >= 0) CharsRead++;
        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        int n = inner.Read(buffer, index, count);
        CharsRead += n;
        return n;
    }

    public override int Read(Span<char> buffer)
    {
        int n = inner.Read(buffer);
        CharsRead += n;
        return n;
    }

    public override string? ReadLine()
    {
        var line = inner.ReadLine();
        if (line is not null) CharsRead += line.Length + 1;
        return line;
    }

    public override string ReadToEnd()
    {
        var rest = inner.ReadToEnd();
        CharsRead += rest.Length;
        return rest;
    }
}
