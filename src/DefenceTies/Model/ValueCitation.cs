namespace DefenceTies.Model;

/// <summary>
/// The citation of one value of a fact (its date, a party's nation, its kind, its title…) when that
/// value is supported otherwise than the fact as a whole: a report states an agreement's kind,
/// subject and parties in so many words but gives its date only as "on Friday", so the date is
/// <see cref="SupportKind.Implied"/> while the rest is <see cref="SupportKind.Stated"/>. A value
/// without a value citation is supported by the fact's own <see cref="CitedEntity.Citation"/>.
/// Created through <see cref="CitedEntity.CiteValue"/>.
/// </summary>
/// <remarks>
/// Stored in one table, <c>value_citations</c>, with one foreign key column per kind of fact of which
/// exactly one is set (an exclusive arc): every row belongs to a stored fact, and a fact's value
/// citations are read by an index on its column and the property name. See docs/model.md.
/// </remarks>
public class ValueCitation
{
    /// <summary>Maximum length of <see cref="Property"/>.</summary>
    public const int PropertyMaxLength = 60;

    /// <summary>For EF Core.</summary>
    protected ValueCitation()
    {
    }

    internal ValueCitation(string property, Citation citation)
    {
        Property = property;
        Citation = citation;
    }

    /// <summary>The key of <see cref="Citation"/>, and of this row: a citation backs at most one value.</summary>
    public int CitationId { get; private set; }

    /// <summary>The passage, support and note for the value.</summary>
    public Citation Citation { get; private set; } = null!;

    /// <summary>
    /// The name of the fact's property the citation supports, as the model names it, such as
    /// <c>nameof(Agreement.ConcludedOn)</c>: a text, date, kind or a nation or fact the fact names.
    /// </summary>
    public string Property { get; private set; } = null!;
}
