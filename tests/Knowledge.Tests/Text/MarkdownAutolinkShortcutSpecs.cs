using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowledge.Ingestion;
using Knowledge.Text;
using Xunit;
using static Knowledge.Tests.Text.PlainProseSpecs;

namespace Knowledge.Tests.Text;

/// <summary>
/// A Markdown body is parsed with the autolink extension's parser tried only at the opening characters of the prefixes
/// the body holds (not at all when it holds none): its text, blocks, source offsets, links and source map must be
/// exactly those of the parse with the whole extension.
/// </summary>
public sealed class MarkdownAutolinkShortcutSpecs
{
    [Theory]
    [InlineData("The *harbour* board met on **Tuesday** with the mayor.\n\nThe whole town watched.")]
    [InlineData("# The harbour\n\nThe board met; [the minutes](/minutes \"Minutes\") follow.\n\n> “We will rebuild,” the mayor said.")]
    [InlineData("- the first item with `code` in it\n- the second with _emphasis_ and an ![image of the wharf](w.png)\n\n1. then a third")]
    [InlineData("Fish &amp; chips &#8212; a hard break  \nthen the fourth line\\\nand a tel or a mail to nobody; a ftp site, the www without a dot.")]
    [InlineData("Ölvir met Ásta at the wharf: *“the tide,”* she said, **was [late]**.\n\n[late]: /tides")]
    [InlineData("Text with http but no colon, mailto without one, wwwhat and w.w.w. dots.\n\n***\n\n```\nfenced http code\n```")]
    [InlineData("A <span>tag</span> then <!-- a comment --> then the *end*")]
    public void A_body_without_autolinks_reads_the_same_without_the_extension(string body)
    {
        PlainProse.MayHoldAutolink(body).Should().BeFalse("the case must take the shortcut");
        PlainProse.IsPlain(body).Should().BeFalse("the case must go to Markdig");
        SameBothWays(body);
    }

    [Theory]
    [InlineData("The *harbour* site is https://harbour.example/tides — the mayor’s team maintains it with time to spare.")]
    [InlineData("Write to mailto:desk@harbour.example, the *team* that meets the mayor at the wharf.")]
    [InlineData("Call tel:5551234 or see www.harbour.example for the time of the **meeting**.")]
    [InlineData("See [the tides](https://harbour.example) and ftp://files.harbour.example/t.txt, then the <https://other.example> too.")]
    [InlineData("*emphasis around http://harbour.example/path_with_underscores* and _www.harbour.example/x_ then text.")]
    [InlineData("HTTP://UPPER.EXAMPLE and Www.Mixed.Example and MAILTO:x@y.example and Tel:123 stay text with the mayor.")]
    public void A_body_with_autolinks_reads_the_same_with_the_narrowed_parser(string body)
    {
        PlainProse.MayHoldAutolink(body).Should().BeTrue("the case must use a narrowed parser");
        SameBothWays(body);
    }

    [Theory]
    [InlineData("No prefixes: 10:30.", (int)AutolinkPrefixes.None)]
    [InlineData("A https://x.example and ftp://y.example", (int)AutolinkPrefixes.Scheme)]
    [InlineData("MailTo:x then a hotel: and WWW.x", (int)(AutolinkPrefixes.Mailto | AutolinkPrefixes.Tel | AutolinkPrefixes.Www))]
    [InlineData("tel:1 mailto:x@y www.z http://w", (int)(AutolinkPrefixes.Scheme | AutolinkPrefixes.Mailto | AutolinkPrefixes.Tel | AutolinkPrefixes.Www))]
    public void Each_prefix_is_named(string body, int expected) => PlainProse.AutolinkPrefixesIn(body).Should().Be((AutolinkPrefixes)expected);

    [Theory]
    [InlineData("Visit http://harbour.example now.", true)]
    [InlineData("Visit HTTPS://harbour.example now.", true)]
    [InlineData("Fetch ftp://harbour.example now.", true)]
    [InlineData("Visit www.harbour.example now.", true)]
    [InlineData("Visit WwW.harbour.example now.", true)]
    [InlineData("Write mailto:desk@harbour.example now.", true)]
    [InlineData("Write MAILTO:desk now.", true)]
    [InlineData("Call tel:5551234 now.", true)]
    [InlineData("The hotel: closed.", true)]
    [InlineData("He said: the tide turns at 10:30.", false)]
    [InlineData("A colon at the very end:", false)]
    [InlineData(":// at the very start", true)]
    [InlineData("Ölvir’s mail to the wharf — no scheme here.", false)]
    public void Autolink_prefixes_are_found_in_any_case(string body, bool mayHold) =>
        PlainProse.MayHoldAutolink(body).Should().Be(mayHold);

    private static readonly string[] Pieces =
    [
        "the ", "harbour", "h", "t", "w", "m", "f", "ht", "tp", "ww", "mail", "to", "te", "l", ":", "/", ".", " ", "  ", "\n", "\n\n",
        "*", "**", "_", "`", "[", "]", "(", ")", "!", "<", ">", "&amp;", "&", ";", "#", "- ", "1. ", "\\", "\"", "“", "’", "é", "Ö",
        "@", "=", "~", "    ", "\t", "http://", "https://a.b", "HTTP://", "ftp://f.g", "www.", "www.a.b", "WWW.", "mailto:", "mailto:a@b.c",
        "tel:", "TEL:12", "x.y", "/path",
    ];

    /// <summary>Markdown-like text made of markup and the letters that open autolinks, with and without whole prefixes.</summary>
    public static Arbitrary<string> Markdownish() => Gen.ListOf(Gen.Elements(Pieces)).Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 1000, Arbitrary = [typeof(MarkdownAutolinkShortcutSpecs)])]
    public void Random_bodies_read_the_same_both_ways(string body) => SameBothWays(body);

    private static void SameBothWays(string body)
    {
        var source = new SourceDocument("spec", body, BodyFormat.Markdown, new DocumentOrigin("spec.md")) { Title = "The harbour" };
        Describe(DocumentTextBuilder.Build(source, shortcuts: true)).Should().Be(Describe(DocumentTextBuilder.Build(source, shortcuts: false)), body);
    }
}
