using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>
/// knowledge.html opened in headless Chromium: the page runs, draws every node, selects a person from the URL
/// fragment and lists their quotes, and a screenshot shows a drawing rather than a blank page.
/// </summary>
public sealed class HtmlViewChromiumSpecs : IDisposable
{
    private const string Chromium = "chromium";
    private const int TimeoutSeconds = 120;

    /// <summary>The fill of Person nodes in graph-view.js.</summary>
    private const int PersonColour = 0x2f6fd0;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string WritePage()
    {
        string path = _dir.File("knowledge.html");
        File.WriteAllText(path, HtmlViewGraphs.Html(HtmlViewGraphs.Build()));
        return path;
    }

    /// <summary>
    /// Headless, with its own profile folder, no GPU and no sandbox (the tests may run as root, where Chromium's
    /// sandbox refuses to start; the page is our own). The virtual time budget lets the layout finish first.
    /// </summary>
    private (int Code, string StdOut, string StdErr) RunChromium(string page, string fragment, params string[] extra)
    {
        var args = new List<string>
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--hide-scrollbars", "--force-device-scale-factor=1", "--virtual-time-budget=10000",
            "--user-data-dir=" + Quote(_dir.File("profile")),
        };
        args.AddRange(extra);
        args.Add(Quote(new Uri(page).AbsoluteUri + fragment));
        return Tools.Run(Chromium, string.Join(' ', args), _dir.Path, TimeoutSeconds);
    }

    private static string Quote(string arg) => "\"" + arg.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [RequiresToolFact(Chromium, "--version")]
    public void The_page_draws_every_node_and_edge_and_lists_the_selected_persons_quotes()
    {
        var graph = HtmlViewGraphs.Build();
        string page = WritePage();

        var (code, dom, stderr) = RunChromium(page, "#select=" + Uri.EscapeDataString(HtmlViewGraphs.Speaker), "--window-size=1000,700", "--dump-dom");

        code.Should().Be(0, stderr);
        dom.Should().Contain("data-ready=\"true\"", "the script ran to the end");
        dom.Should().Contain($"data-rendered-nodes=\"{graph.Nodes.Length}\"").And.Contain($"data-rendered-edges=\"{graph.Edges.Length}\"");
        Regex.Matches(dom, "<circle class=\"node").Should().HaveCount(graph.Nodes.Length);
        Regex.Matches(dom, "<line class=\"edge").Should().HaveCount(graph.Edges.Length);
        Regex.Matches(dom, "<text class=\"label").Count.Should().BeGreaterThan(3, "the most connected nodes are labelled");
        dom.Should().Contain($"data-selected=\"{HtmlViewGraphs.Speaker}\"");

        var quotes = Regex.Matches(dom, "<li class=\"quote (?<kind>direct|indirect)\" data-quote-id=\"(?<id>[^\"]+)\">(?<body>.*?)</li>", RegexOptions.Singleline);
        quotes.Select(m => m.Groups["id"].Value).Should().Equal(
            [HtmlViewGraphs.QuoteB, HtmlViewGraphs.QuoteA, HtmlViewGraphs.QuoteC], "Ada Quill's three quotes, by date; not Bram Oduya's");
        string all = WebUtility.HtmlDecode(string.Concat(quotes.Select(m => m.Value)));
        all.Should().Contain(HtmlViewGraphs.TextA).And.Contain(HtmlViewGraphs.TextC)
            .And.Contain(HtmlViewGraphs.BreakingText, "the script-closing text is shown as text");
        all.Should().Contain("2024-03-01").And.Contain("2024-03-05 (publication date)").And.Contain("2024-04-09 (publication date)");
        quotes.Single(m => m.Groups["id"].Value == HtmlViewGraphs.QuoteC).Groups["kind"].Value.Should().Be("indirect");
        all.Should().Contain(">indirect<").And.Contain(">direct<");
        all.Should().Contain("Harbour clinic opens its doors").And.Contain("Relief convoy arrives in Port Elsby");
        all.Should().Contain("Field Coordinator, Northwind Relief");
        dom.Should().Contain("<title>Knowledge graph</title>", "the text that tried to close the script element and set the title did not run");
    }

    [RequiresToolFact(Chromium, "--version")]
    public void A_search_in_the_fragment_finds_a_node_by_alias()
    {
        string page = WritePage();

        var (code, dom, stderr) = RunChromium(page, "#q=" + Uri.EscapeDataString("quill"), "--window-size=1000,700", "--dump-dom");

        code.Should().Be(0, stderr);
        dom.Should().Contain("data-hits=\"1\"");
        Regex.Matches(dom, "<circle class=\"node[^\"]*\\bhit\\b").Should().HaveCount(1);
        dom.Should().Contain($"data-id=\"{HtmlViewGraphs.Speaker}\"");
    }

    [RequiresToolFact(Chromium, "--version")]
    public void A_screenshot_has_the_requested_size_and_shows_coloured_nodes()
    {
        string page = WritePage();
        string png = _dir.File("view.png");

        var (code, stdout, stderr) = RunChromium(page, "", "--window-size=900,600", "--screenshot=" + Quote(png));

        code.Should().Be(0, stdout + stderr);
        File.Exists(png).Should().BeTrue(stdout + stderr);
        var image = PngImage.Decode(File.ReadAllBytes(png));
        image.Width.Should().Be(900);
        image.Height.Should().Be(600);
        var background = image[image.Width / 3, 2];
        int drawn = image.Pixels.Count(p => p != background);
        drawn.Should().BeGreaterThan(image.Pixels.Length / 50, "more than 2% of the picture is not background");
        image.Pixels.Distinct().Count().Should().BeGreaterThan(60, "nodes, edges, labels and the panel give many colours");
        image.Pixels.Count(p => p == PersonColour).Should().BeGreaterThan(20, "the Person nodes are drawn in their colour");
    }
}
