using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Pipeline;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Robustness;

/// <summary>
/// No regular expression can backtrack catastrophically. Every Regex the library holds — static fields and
/// properties, [GeneratedRegex] methods, and the patterns the default pipeline and resolution build from
/// lexicons at run time (found by walking their instance fields) — is found by reflection (so new ones are
/// covered without listing them), must have a finite match timeout or use NonBacktracking, and must finish
/// quickly on long adversarial input.
/// </summary>
public sealed class RegexSafetySpecs
{
    private const int AdversarialLength = 100_000;

    private static readonly Assembly[] Assemblies = [typeof(KnowledgePipeline).Assembly, typeof(Knowledge.Cli.Commands.ExtractCommand).Assembly];

    /// <summary>Every Regex reachable from a static member without arguments, named by its declaring member.</summary>
    public static IReadOnlyList<(string Name, Regex Regex)> AllPatterns { get; } = FindPatterns();

    public static TheoryData<string> PatternNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllPatterns) data.Add(name);
        return data;
    }

    /// <summary>
    /// The patterns run on any text. A citation pattern split from its look-behind (a scanner's <c>_rest</c>) is run only
    /// on texts without a long run of the look-behind's characters, where it is tried inside the runs; its scanner is
    /// what must finish on adversarial input (<see cref="Every_citation_scanner_finishes_on_long_adversarial_input_holding_its_literals"/>).
    /// </summary>
    public static TheoryData<string> UngatedPatternNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllPatterns)
            if (!IsGatedScannerPattern(name)) data.Add(name);
        return data;
    }

    private static bool IsGatedScannerPattern(string name) =>
        name.StartsWith("LawCitations[", StringComparison.Ordinal) && name.EndsWith(".Scanner._rest", StringComparison.Ordinal);

    public static TheoryData<int> CitationIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Knowledge.Lexicons.LexiconSet.Default.Laws.Citations.Length; i++) data.Add(i);
        return data;
    }

    [Fact]
    public void The_gated_patterns_are_the_scanners_split_patterns()
    {
        AllPatterns.Where(p => IsGatedScannerPattern(p.Name)).Should().NotBeEmpty()
            .And.OnlyContain(p => !p.Regex.ToString().StartsWith("(?<!", StringComparison.Ordinal), "a split pattern has lost its look-behind");
    }

    [Theory]
    [MemberData(nameof(CitationIndexes))]
    public void Every_citation_scanner_finishes_on_long_adversarial_input_holding_its_literals(int index)
    {
        var citation = Knowledge.Lexicons.LexiconSet.Default.Laws.Citations[index];
        var literals = string.Join(" ", Knowledge.Lexicons.RequiredLiterals.Of(citation.Pattern).Sets.Select(set => set[0]));
        var sw = Stopwatch.StartNew();
        foreach (var input in Adversarial(citation.Pattern.ToString()))
        {
            try
            {
                _ = citation.Scanner.Matches(literals + " " + input).Count();
            }
            catch (RegexMatchTimeoutException)
            {
                Assert.Fail($"LawCitations[{index}].Scanner (/{citation.Pattern}/) timed out on {Describe(input)}");
            }
        }
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), $"LawCitations[{index}].Scanner should scan its adversarial inputs in linear time");
    }

    private static List<(string, Regex)> FindPatterns()
    {
        var found = StaticPatterns();
        var seen = new HashSet<Regex>(found.Select(p => p.Item2), ReferenceEqualityComparer.Instance);
        foreach (var (name, regex) in PatternsBuiltFromData())
            if (seen.Add(regex)) found.Add((name, regex));
        return found.OrderBy(p => p.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Patterns built at construction from lexicons (a jurisdiction's citation table, a word class
    /// joined into an alternation): every Regex held by the default pipeline's components and by
    /// resolution, their fields and collections, named by the path of fields that reaches it.
    /// </summary>
    private static List<(string, Regex)> PatternsBuiltFromData()
    {
        var found = new List<(string, Regex)>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // A citation pattern's scanner (the pattern split from its look-behind) is made on first use: made here, first,
        // so the patterns found and their names do not depend on which tests ran before.
        var citations = Knowledge.Lexicons.LexiconSet.Default.Laws.Citations;
        for (int i = 0; i < citations.Length; i++)
            Walk(citations[i].Scanner, $"LawCitations[{i}].Scanner", found, visited);
        foreach (var component in KnowledgePipeline.CreateDefault().Components)
            Walk(component, component.GetType().Name, found, visited);
        Walk(new Knowledge.Resolution.GraphAssembler(Knowledge.Lexicons.LexiconSet.Default), "GraphAssembler", found, visited);
        return found;
    }

    private static void Walk(object value, string path, List<(string, Regex)> found, HashSet<object> visited)
    {
        if (value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value)) return;
        if (value is Regex regex)
        {
            found.Add((path, regex));
            return;
        }
        if (value is System.Collections.IEnumerable items && !Assemblies.Contains(value.GetType().Assembly))
        {
            int i = 0;
            foreach (var item in items)
            {
                if (item is not null) Walk(item, $"{path}[{i}]", found, visited);
                i++;
            }
            return;
        }
        if (!Assemblies.Contains(value.GetType().Assembly) && !value.GetType().IsGenericType) return;
        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            // A pattern built on first use sits behind a property: reading it builds it.
            foreach (var p in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (typeof(Regex).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0 && p.GetValue(value) is { } built)
                    Walk(built, $"{path}.{p.Name}", found, visited);
            foreach (var f in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (!f.FieldType.IsPrimitive && f.GetValue(value) is { } field)
                    Walk(field, $"{path}.{f.Name}", found, visited);
        }
    }

    private static List<(string, Regex)> StaticPatterns()
    {
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var found = new List<(string, Regex)>();
        var seen = new HashSet<Regex>(ReferenceEqualityComparer.Instance);
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.ContainsGenericParameters))
        {
            // The generator's own cache classes hold the same instances the partial methods return.
            if (type.Namespace == "System.Text.RegularExpressions.Generated") continue;
            var values = new List<(string, object?)>();
            foreach (var f in type.GetFields(flags).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)))
                values.Add((f.Name, f.GetValue(null)));
            foreach (var p in type.GetProperties(flags).Where(p => typeof(Regex).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0))
                values.Add((p.Name, p.GetValue(null)));
            foreach (var m in type.GetMethods(flags).Where(m => typeof(Regex).IsAssignableFrom(m.ReturnType) && m.GetParameters().Length == 0 && !m.IsSpecialName && !m.ContainsGenericParameters))
                values.Add((m.Name + "()", m.Invoke(null, null)));
            foreach (var (name, value) in values)
                if (value is Regex r && seen.Add(r)) found.Add(($"{type.FullName}.{name}", r));
        }
        return found;
    }

    [Fact]
    public void Reflection_finds_both_field_and_generated_patterns()
    {
        AllPatterns.Should().HaveCountGreaterThan(10);
        AllPatterns.Should().Contain(p => p.Name.EndsWith(".Joiner", StringComparison.Ordinal), "the law-equivalence joiner is built from the lexicons, on first use");
        AllPatterns.Should().Contain(p => p.Regex.ToString().Contains("Republic", StringComparison.Ordinal), "the citation patterns of the jurisdiction packs are built from data");
        AllPatterns.Should().Contain(p => p.Name.EndsWith("HeaderDateFinder.MonthDayYear()", StringComparison.Ordinal));
        AllPatterns.Should().Contain(p => p.Name.EndsWith("._patterns.ExpandedAcronymAct", StringComparison.Ordinal), "a pattern built on first use is found by reading its property");
    }

    [Theory]
    [MemberData(nameof(PatternNames))]
    public void Every_pattern_has_a_timeout_or_cannot_backtrack(string name)
    {
        var regex = AllPatterns.Single(p => p.Name == name).Regex;
        bool safe = regex.MatchTimeout != Regex.InfiniteMatchTimeout || regex.Options.HasFlag(RegexOptions.NonBacktracking);
        safe.Should().BeTrue($"{name} (/{regex}/) needs a match timeout or RegexOptions.NonBacktracking");
    }

    [Theory]
    [MemberData(nameof(UngatedPatternNames))]
    public void Every_pattern_finishes_on_long_adversarial_input(string name)
    {
        var regex = AllPatterns.Single(p => p.Name == name).Regex;
        var sw = Stopwatch.StartNew();
        foreach (var input in Adversarial(regex.ToString()))
        {
            try
            {
                for (var m = regex.Match(input); m.Success; m = m.NextMatch()) { }
            }
            catch (RegexMatchTimeoutException)
            {
                Assert.Fail($"{name} (/{regex}/) timed out on {Describe(input)}");
            }
        }
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), $"{name} should scan its adversarial inputs in linear time");
    }

    /// <summary>Inputs that make backtracking engines blow up: long runs of the characters the pattern itself uses, and mixes of them.</summary>
    private static IEnumerable<string> Adversarial(string pattern)
    {
        var chars = new SortedSet<char>(" \t\naA1.,-()'’\"“:/_");
        foreach (char c in pattern)
            if (!char.IsControl(c)) chars.Add(c);
        foreach (char c in chars)
        {
            yield return new string(c, AdversarialLength) + "!";
            yield return Repeat(c + " ");
        }
        foreach (var unit in new[] { "A ", "Aa ", "AB ", "Ab. ", "the ", "of the ", "1 ", "12-", "a-", "A, ", "(A) ", "R.A. ", "No. ", "Anti-A ", "Act (", "2024-01-01 " })
            yield return Repeat(unit);
        yield return Repeat(new string(chars.Where(char.IsLetterOrDigit).ToArray()) + " ");
    }

    private static string Repeat(string unit) =>
        string.Concat(Enumerable.Repeat(unit, AdversarialLength / unit.Length + 1))[..AdversarialLength] + "!";

    private static string Describe(string input) => $"{input.Length} chars starting \"{input[..Math.Min(12, input.Length)].Replace("\n", "\\n")}…\"";

    /// <summary>Static helpers (Regex.Replace(text, pattern, …)) build their pattern on each call; reflection cannot see them, so the source is checked.</summary>
    [Fact]
    public void Static_regex_calls_in_the_source_pass_a_timeout()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(file);
            foreach (Match call in StaticCall.Matches(text))
            {
                int end = text.IndexOf(';', call.Index);
                var statement = text[call.Index..(end < 0 ? text.Length : end)];
                if (!TimeoutArgument.IsMatch(statement))
                    offenders.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}: {statement.Split('\n')[0].Trim()}");
            }
        }
        offenders.Should().BeEmpty("static Regex calls must pass a match timeout (or NonBacktracking)");
    }

    private static readonly Regex TimeoutArgument = new(@"\bTimeSpan\b|\bTimeout\b|\bNonBacktracking\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    private static readonly Regex StaticCall = new(@"(?<![\w.])Regex\.(?:Replace|Match|Matches|IsMatch|Split|Count|EnumerateMatches)\(",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
}
