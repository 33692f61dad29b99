namespace Knowledge.Pipeline;

/// <summary>A curation file that cannot be used; the message names the file, line and column.</summary>
public sealed class CurationException : Exception
{
    /// <summary>A problem at <paramref name="line"/>:<paramref name="column"/> of <paramref name="source"/> (0 when it concerns the whole file).</summary>
    public CurationException(string source, int line, int column, string message, Exception? inner = null)
        : base(line > 0 ? $"{source}:{line}:{column}: {message}" : $"{source}: {message}", inner)
    {
        SourceName = source;
        Line = line;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string SourceName { get; }

    /// <summary>The line (1-based), or 0.</summary>
    public int Line { get; }

    /// <summary>The column (1-based), or 0.</summary>
    public int Column { get; }
}
