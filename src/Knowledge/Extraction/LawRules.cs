using Knowledge.Graph;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>
/// Law mentions that the capitalised-run rules cannot see: a title-case heading is skipped by those
/// rules (its capitals tell nothing), but a law the body names is still that law when the heading
/// repeats its name verbatim ("## The Clean Water Act (S. 99)").
/// </summary>
internal static class LawRules
{
    public static void FindInHeadlines(Doc doc, MentionSet found, Func<Sentence, bool> isHeadline)
    {
        var named = found.Items.Where(m => m.Type == NodeType.Law && m.Rule == "law-name")
            .GroupBy(m => doc.Slice(m.Start, m.End), StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start).ToList();
        if (named.Count == 0) return;
        foreach (var s in doc.Sentences)
        {
            if (s.EndToken <= s.FirstToken || !isHeadline(s)) continue;
            foreach (var law in named)
            {
                string name = doc.Slice(law.Start, law.End);
                int sStart = doc.Tokens[s.FirstToken].Start, sEnd = doc.Tokens[s.EndToken - 1].End;
                int from = sStart;
                while (from < sEnd)
                {
                    int at = doc.Text.IndexOf(name, from, sEnd - from, StringComparison.Ordinal);
                    if (at < 0) break;
                    bool wordEdges = (at == 0 || !char.IsLetterOrDigit(doc.Text[at - 1]))
                        && (at + name.Length >= doc.Text.Length || !char.IsLetterOrDigit(doc.Text[at + name.Length]));
                    if (wordEdges) found.Add(law with { Start = at, End = at + name.Length, Rule = "law-name-repeated" });
                    from = at + name.Length;
                }
            }
        }
    }
}
