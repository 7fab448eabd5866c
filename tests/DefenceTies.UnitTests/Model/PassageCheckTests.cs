using DefenceTies.Model;

namespace DefenceTies.UnitTests.Model;

/// <summary>A passage is at an offset only when the text there is the passage, character for character.</summary>
public class PassageCheckTests
{
    private const string Text = "India and Thailand agreed. Both sides met.";

    [Theory]
    [InlineData("India and Thailand agreed.", 0)]
    [InlineData("Both sides met.", 27)]
    [InlineData("", 0)]
    [InlineData("", 42)]
    public void The_passage_where_it_is_said_to_be_is_found(string passage, int startIndex) =>
        PassageCheck.IsVerbatimAt(Text, passage, startIndex).Should().BeTrue();

    [Theory]
    [InlineData("Both sides met.", 26)]
    [InlineData("both sides met.", 27)]
    [InlineData("Both sides met. ", 27)]
    [InlineData("Both sides met.", 28)]
    [InlineData("India", -1)]
    [InlineData("India", int.MaxValue)]
    [InlineData("", 43)]
    public void A_moved_altered_or_out_of_range_passage_is_not_found(string passage, int startIndex) =>
        PassageCheck.IsVerbatimAt(Text, passage, startIndex).Should().BeFalse();
}
