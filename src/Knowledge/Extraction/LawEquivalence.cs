using System.Text.RegularExpressions;
using Knowledge.Graph;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>
/// Finds laws the text says are one: a name followed by its numbers in parentheses
/// ("the X Act (S. 1207/H.R. 2732)"), or joined by "or the", "also known as", "otherwise known as".
/// The later mention takes the earlier one's key and records the other name in SameAs.
/// </summary>
internal static class LawEquivalence
{
    private static readonly Regex Joiner = new(@"^\s*(?:\(|/|,?\s*(?:or|also known as|otherwise known as|known as)\s+(?:the\s+)?|,\s*the\s+)\s*$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static void Link(Doc doc, MentionSet found)
    {
        var laws = found.Items.Where(m => m.Type == NodeType.Law).OrderBy(m => m.Start).ToList();
        for (int i = 0; i + 1 < laws.Count; i++)
        {
            var a = laws[i];
            var b = laws[i + 1];
            if (b.Start - a.End > 40 || doc.SentenceIndexAt(a.Start) != doc.SentenceIndexAt(b.Start)) continue;
            if (!Joiner.IsMatch(doc.Slice(a.End, b.Start))) continue;
            var linked = b with { Key = a.Key ?? EntityRecognizer.LawKey(a.Name), SameAs = b.SameAs ?? a.Name };
            var original = b with { };
            found.Replace(b, linked with { EquivalentKeys = [.. b.EquivalentKeys, EntityRecognizer.LawKey(b.Name), .. b.Key is null ? Array.Empty<string>() : [b.Key]] });
            laws[i + 1] = found.Items.First(m => m.Start == original.Start && m.End == original.End);
        }
    }
}
