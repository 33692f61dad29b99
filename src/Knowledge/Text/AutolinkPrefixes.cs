namespace Knowledge.Text;

/// <summary>
/// Which of the prefixes Markdig's autolink extension links a Markdown body holds (in any case): each names the opening
/// characters its parser needs to be tried at, so a body is parsed with a parser tried only where it can match.
/// </summary>
[Flags]
internal enum AutolinkPrefixes
{
    /// <summary>None: the extension can link nothing.</summary>
    None = 0,

    /// <summary>"://" of "http://", "https://" and "ftp://": opening 'h' and 'f'.</summary>
    Scheme = 1,

    /// <summary>"mailto:": opening 'm'.</summary>
    Mailto = 2,

    /// <summary>"tel:": opening 't'.</summary>
    Tel = 4,

    /// <summary>"www.": opening 'w'.</summary>
    Www = 8,
}
