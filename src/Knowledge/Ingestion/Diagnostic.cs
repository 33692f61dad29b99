namespace Knowledge.Ingestion;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something odd, but the record was read.</summary>
    Warning,
    /// <summary>The record or file could not be read and was skipped.</summary>
    Error,
}

/// <summary>A problem found while reading input, naming the file, the record and the position.</summary>
/// <param name="Severity">Warning (read anyway) or error (skipped).</param>
/// <param name="Path">The file.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Path, string Message)
{
    /// <summary>0-based record index in the file, when the problem is in one record.</summary>
    public int? RecordIndex { get; init; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column, when known.</summary>
    public int? Column { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Path;
        if (Line is int l) where += Column is int c ? $":{l}:{c}" : $":{l}";
        if (RecordIndex is int r) where += $" (record #{r})";
        return $"{where}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
    }
}
