using System.Text;

namespace Knowledge.Tests.Export;

/// <summary>Random strings mixing markup, quotes, new lines, controls, surrogate pairs, lone surrogates and non-characters.</summary>
internal static class RandomXmlStrings
{
    private static readonly string[] Pieces =
    [
        "<", ">", "&", "\"", "'", "\r", "\n", "\t", "\r\n", "]]>", "&amp;", " ", "|", "a", "Zq", "The court", "é", "ß",
        "\u0085", "\u00A0", "\u2028", "\u2029", "\u201C", "\u4E2D\u6587", "\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF",
        "\uD83D", "\uDE00", "\uFFFE", "\uFFFF", "\uFFFD", "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\u007F",
    ];

    /// <summary>A string of up to <paramref name="maxPieces"/> pieces, or of random UTF-16 code units.</summary>
    public static string Next(Random random, int maxPieces = 24)
    {
        var sb = new StringBuilder();
        int count = random.Next(maxPieces + 1);
        bool codeUnits = random.Next(4) == 0;
        for (int i = 0; i < count; i++)
        {
            if (codeUnits) sb.Append((char)random.Next(0x10000));
            else sb.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return sb.ToString();
    }
}
