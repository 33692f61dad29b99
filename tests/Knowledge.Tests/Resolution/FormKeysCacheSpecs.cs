using FluentAssertions;
using Knowledge.Lexicons;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>The keys of each distinct form, computed once and shared by every mention of the form.</summary>
public class FormKeysCacheSpecs
{
    private static readonly EntityKeys Keys = new(LexiconSet.Default);

    private static EntityMention Mention(EntityType type, string name, int at = 0) => new(type, at, at + name.Length, name, "spec");

    [Fact]
    public void A_form_named_again_gets_the_same_keys_array_and_is_known()
    {
        var cache = new FormKeysCache();
        var first = cache.GetOrAdd(Mention(EntityType.Organization, "Harbor Trust"), Keys, out bool knownFirst);
        var again = cache.GetOrAdd(Mention(EntityType.Organization, new string("Harbor Trust".AsSpan()), at: 40), Keys, out bool knownAgain);

        knownFirst.Should().BeFalse();
        knownAgain.Should().BeTrue();
        again.Should().BeSameAs(first);
        first.Should().Contain("organization:harbor-trust");
        cache.Count.Should().Be(1);
    }

    [Fact]
    public void The_same_name_with_another_type_key_or_same_as_is_another_form()
    {
        var cache = new FormKeysCache();
        var organization = Mention(EntityType.Organization, "Harbor Trust");
        cache.GetOrAdd(organization, Keys, out _);
        var person = cache.GetOrAdd(Mention(EntityType.Person, "Harbor Trust"), Keys, out bool personKnown);
        var keyed = cache.GetOrAdd(organization with { Key = "ht-1" }, Keys, out bool keyedKnown);
        var sameAs = cache.GetOrAdd(organization with { SameAs = "HT" }, Keys, out bool sameAsKnown);

        (personKnown || keyedKnown || sameAsKnown).Should().BeFalse();
        person.Should().Equal("person:harbor-trust");
        keyed.Should().Contain("organization:key:ht-1");
        sameAs.Should().Contain("organization:ht");
        cache.GetOrAdd(organization with { Key = "ht-1" }, Keys, out bool keyedAgain).Should().BeSameAs(keyed);
        keyedAgain.Should().BeTrue();
        cache.Count.Should().Be(4);
    }
}
