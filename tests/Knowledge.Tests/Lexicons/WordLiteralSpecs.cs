using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>
/// Word lists are data: no string literal in the rule code (Syntax, Text, Extraction, Resolution) is a
/// word that a lexicon of models/ holds, in a plain string or inside a regular expression. A rule that
/// tests a word reads it from a lexicon (or a lexicon's column), so adding a line to a file has the
/// effect the file's header says, and a word class is defined once. The rule ids of Syntax/*RuleIds.cs are
/// exported names, not words a rule tests, and a plain string of more than four words is a message.
/// </summary>
public class WordLiteralSpecs
{
    private static readonly string[] RuleFolders = ["Syntax", "Text", "Extraction", "Resolution"];

    [Fact]
    public void No_rule_tests_a_word_literal_that_a_lexicon_holds()
    {
        var entries = LexiconWords();
        entries.Should().Contain("the", "the English word classes are read from models/");
        var offenders = new List<string>();
        foreach (var folder in RuleFolders)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src", "Knowledge", folder), "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.EndsWith("RuleIds.cs", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                foreach (var (line, literal, words) in WordLiterals(File.ReadAllText(file)))
                {
                    var hits = words.Where(w => entries.Contains(w.ToLowerInvariant())).Distinct(StringComparer.Ordinal).ToList();
                    if (hits.Count > 0)
                        offenders.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}:{line}: {literal} ({string.Join(", ", hits)})");
                }
        offenders.Should().BeEmpty("a word a rule tests belongs in a lexicon of models/; these literals are lexicon words:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_scanner_finds_words_in_plain_strings_patterns_and_is_patterns()
    {
        const string code = """
            // "the" in a comment is prose
            if (w is "The" or "An") return;
            var r = new Regex(@"\b(?:based|located)\s+in\b");
            var s = "x\"of\"y";
            var k = props["documents"];
            public string Name => "sentences";
            var m = $"document \"{id}\": {message}";
            var q = new Regex($@"^(?:{Alternation(Slot.Company)})\s+$");
            var r2 = new Regex($@"(?<field>\p{{Lu}}+)^(?:{string.Join("|", articles)})\s+|^[\p{{Lu}}]['’]s\s+|\b(?:for|y)\b");
            """;
        var found = WordLiterals(code).SelectMany(l => l.Words).ToList();
        found.Should().Contain(["The", "An", "based", "located", "in"]).And.NotContain("documents").And.NotContain("the").And.NotContain("sentences").And.NotContain("document").And.NotContain("Company").And.NotContain("Join").And.NotContain("articles").And.NotContain("Lu").And.NotContain("s").And.NotContain("field");
        WordLiterals(code).SelectMany(l => l.Words).Should().Contain("for");
    }

    /// <summary>A dictionary of the language (every common English word), not a word class a rule tests.</summary>
    private static readonly string[] GeneralDictionaries = ["common-words.txt"];

    /// <summary>Every entry of every lexicon (the first column of a table), lower-cased, and each word of a phrase.</summary>
    private static HashSet<string> LexiconWords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "models"), "*.txt", SearchOption.AllDirectories)
                     .Where(f => !GeneralDictionaries.Contains(Path.GetFileName(f))))
            foreach (var raw in File.ReadLines(file))
            {
                int hash = raw.IndexOf('#');
                var entry = (hash >= 0 ? raw[..hash] : raw).Split('\t')[0].Trim().ToLowerInvariant();
                if (entry.Length == 0) continue;
                set.Add(entry);
            }
        return set;
    }

    /// <summary>A longer plain string is a message or a template, not a word or phrase a rule tests.</summary>
    private const int MaxPhraseWords = 4;

    private static readonly Regex RegexSyntax = new(@"\\[sSbBdDwWpP]|\(\?|\||^\^", RegexOptions.CultureInvariant);
    private static readonly Regex PatternEscape = new(@"\\[pP]\{[^}]*\}|\\k<\w+>|\(\?<\w+>|\\.", RegexOptions.CultureInvariant);
    private static readonly Regex PatternWord = new(@"[\p{L}][\p{Ll}'’]+|\b[aAiI]\b", RegexOptions.CultureInvariant);
    private static readonly Regex PlainWords = new(@"^[\p{L}][\p{L}\p{M}'’.\- ]*$", RegexOptions.CultureInvariant);

    /// <summary>The string literals of C# source outside comments, with their line and the words a rule could test.</summary>
    internal static IEnumerable<(int Line, string Literal, List<string> Words)> WordLiterals(string source)
    {
        foreach (var (line, text, verbatim, indexKey, componentName) in Literals(source))
        {
            if (indexKey || componentName) continue;
            bool pattern = RegexSyntax.IsMatch(text);
            List<string> words;
            if (pattern) words = [.. PatternWord.Matches(PatternEscape.Replace(text, " ")).Select(m => m.Value)];
            else if (PlainWords.IsMatch(text.Trim()) && text.Trim().Length > 0 && text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxPhraseWords)
                words = [text.Trim(), .. text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
            else continue;
            _ = verbatim;
            if (words.Count > 0) yield return (line, text, words);
        }
    }

    /// <summary>The index after the interpolation hole that opens at <paramref name="open"/>, skipping nested braces and strings.</summary>
    private static int SkipHole(string s, int open, ref int line)
    {
        int depth = 0, k = open;
        while (k < s.Length)
        {
            char c = s[k];
            if (c == '\n') line++;
            if (c == '"')
            {
                k++;
                while (k < s.Length && s[k] != '"') k += s[k] == '\\' ? 2 : 1;
            }
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return k + 1;
            k++;
        }
        return k;
    }

    /// <summary>A small C# lexer: string literals (regular, verbatim, interpolated text, raw) outside comments and char literals.</summary>
    private static IEnumerable<(int Line, string Text, bool Verbatim, bool IndexKey, bool ComponentName)> Literals(string s)
    {
        int i = 0, line = 1;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '\n') { line++; i++; continue; }
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/') { while (i < s.Length && s[i] != '\n') i++; continue; }
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                int end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? s.Length : end + 2;
                line += s.AsSpan(i, end - i).Count('\n');
                i = end;
                continue;
            }
            if (c == '\'')
            {
                int j = i + 1;
                while (j < s.Length && s[j] != '\'') j += s[j] == '\\' ? 2 : 1;
                i = j + 1;
                continue;
            }
            int p = i, i0 = i;
            bool verbatim = false, interpolated = false;
            while (p < s.Length && (s[p] == '$' || s[p] == '@')) { verbatim |= s[p] == '@'; interpolated |= s[p] == '$'; p++; }
            if (p < s.Length && s[p] == '"')
            {
                int startLine = line;
                bool indexKey = i > 0 && s[i - 1] == '[';
                var sb = new StringBuilder();
                if (p + 2 < s.Length && s[p + 1] == '"' && s[p + 2] == '"')
                {
                    int q = p;
                    while (q < s.Length && s[q] == '"') q++;
                    string fence = new('"', q - p);
                    int end = s.IndexOf(fence, q, StringComparison.Ordinal);
                    end = end < 0 ? s.Length : end;
                    sb.Append(s, q, end - q);
                    line += s.AsSpan(q, end - q).Count('\n');
                    i = Math.Min(s.Length, end + fence.Length);
                    yield return (startLine, sb.ToString(), true, false, false);
                    continue;
                }
                int k = p + 1;
                while (k < s.Length)
                {
                    char d = s[k];
                    if (verbatim && d == '"' && k + 1 < s.Length && s[k + 1] == '"') { sb.Append('"'); k += 2; continue; }
                    if (d == '"') break;
                    if (!verbatim && d == '\\' && k + 1 < s.Length) { sb.Append(d).Append(s[k + 1]); k += 2; continue; }
                    if (interpolated && (d == '{' || d == '}') && k + 1 < s.Length && s[k + 1] == d) { sb.Append(d); k += 2; continue; }
                    if (interpolated && d == '{') { k = SkipHole(s, k, ref line); sb.Append(' '); continue; }
                    if (d == '\n') line++;
                    sb.Append(d);
                    k++;
                }
                i = k + 1;
                bool closesIndex = i < s.Length && s[i] == ']';
                bool componentName = s.AsSpan(0, i0).TrimEnd().EndsWith("Name =>", StringComparison.Ordinal);
                var literal = sb.ToString();
                yield return (startLine, literal, verbatim, indexKey && closesIndex, componentName);
                continue;
            }
            i++;
        }
    }
}
