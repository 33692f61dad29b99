namespace Knowledge.Ingestion;

/// <summary>How the bytes of input files are turned into text.</summary>
public enum InputEncoding
{
    /// <summary>
    /// UTF-8 (or UTF-16 when the file starts with its byte order mark); a file that is not valid UTF-8 and holds
    /// no NUL byte is read as Windows-1252, with a warning; one with NUL bytes is refused as binary.
    /// </summary>
    Auto,
    /// <summary>UTF-8 only: a file that is not valid UTF-8 is an error naming the first bad byte, and is skipped.</summary>
    Utf8,
    /// <summary>Windows-1252 (the Western European code page: ISO-8859-1 with typographic quotes, dashes and € in 0x80–0x9F).</summary>
    Windows1252,
    /// <summary>ISO-8859-1: every byte is the code point of the same number.</summary>
    Latin1,
}
