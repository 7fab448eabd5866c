namespace DefenceTies.Model;

/// <summary>
/// Base of every fact and relationship: each one carries the <see cref="Model.Citation"/> (a
/// verbatim passage of a source document) that supports it.
/// </summary>
public abstract partial class CitedEntity : Entity
{
    private readonly List<ValueCitation> _valueCitations = [];

    /// <summary>For EF Core.</summary>
    protected CitedEntity()
    {
    }

    /// <summary>Creates a fact supported by the given citation.</summary>
    protected CitedEntity(Citation citation, string entity)
    {
        Citation = Guard.NotNull(citation, entity, nameof(Citation));
    }

    /// <summary>The key of <see cref="Citation"/>.</summary>
    public int CitationId { get; private set; }

    /// <summary>The verbatim passage that supports this fact.</summary>
    public Citation Citation { get; private set; } = null!;

    /// <summary>
    /// The citations of this fact's values that are supported otherwise than the fact as a whole (see
    /// <see cref="ValueCitation"/>). Filled by EF Core: load it with <c>Include</c>.
    /// </summary>
    public IReadOnlyCollection<ValueCitation> ValueCitations => _valueCitations.AsReadOnly();

    /// <summary>
    /// Gives one value of this fact its own citation, which overrides <see cref="Citation"/> for that
    /// value: for example an agreement whose kind and parties a report states but whose date it only
    /// implies ("on Friday").
    /// </summary>
    /// <param name="property">The model's name of the value, such as <c>nameof(Agreement.ConcludedOn)</c>.</param>
    /// <param name="citation">The passage, support and note for the value.</param>
    /// <returns>The value citation, saved with the fact.</returns>
    /// <remarks>
    /// The checks read what is loaded: with <see cref="ValueCitations"/> and <see cref="Citation"/>
    /// not loaded, a second citation for the same value is refused by the database's unique index
    /// when saved (a <see cref="ConstraintViolationException"/>).
    /// </remarks>
    /// <exception cref="DomainRuleException">
    /// The property is not a value of this kind of fact, already has its own citation, or the
    /// citation is the fact's own or of another document.
    /// </exception>
    public ValueCitation CiteValue(string property, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(citation);
        var entity = GetType().Name;
        if (!ValueProperties.Of(GetType()).Contains(property))
        {
            throw NotAValue(GetType(), property);
        }

        if (_valueCitations.Any(v => v.Property == property && v.Rank == ClaimRank.Preferred))
        {
            throw ValueCitedTwice(entity, property);
        }

        if (ReferenceEquals(citation, Citation) || _valueCitations.Any(v => ReferenceEquals(v.Citation, citation)))
        {
            throw CitationBacksAnother(entity, property, citation.Passage);
        }

        if (citation.SourceDocument is { } document && Citation is { SourceDocument: { } own } && !ReferenceEquals(document, own))
        {
            throw CitationOfAnotherDocument(entity, property, citation.Passage, $"document '{document.Key}'", $"'{own.Key}'");
        }

        var valueCitation = new ValueCitation(property, citation, ClaimRank.Preferred, claimedValue: null);
        _valueCitations.Add(valueCitation);
        return valueCitation;
    }

    // The rules of CiteValue, written once: the bulk path applies them to rows (naming a citation by
    // its id where CiteValue has its passage, and a document by its id where CiteValue has its key).

    /// <summary>The property is not a value of the kind of fact <paramref name="factType"/>.</summary>
    internal static DomainRuleException NotAValue(Type factType, string property) =>
        new(factType.Name, nameof(ValueCitation.Property), property,
            $"is not a value of a {factType.Name}; expected one of {string.Join(", ", ValueProperties.Of(factType).Order(StringComparer.Ordinal))}.");

    /// <summary>The value already has a citation of its own.</summary>
    internal static DomainRuleException ValueCitedTwice(string entity, string property) =>
        new(entity, property, property, "already has its own citation; a value has at most one.");

    /// <summary>The citation already backs the fact or another of its values.</summary>
    internal static DomainRuleException CitationBacksAnother(string entity, string property, object citation) =>
        new(entity, property, citation, "the citation already backs this fact or another of its values; cite the value with a citation of its own.");

    /// <summary>The citation is of another document than the fact's.</summary>
    internal static DomainRuleException CitationOfAnotherDocument(string entity, string property, object citation, string document, string own) =>
        new(entity, property, citation, $"the citation is of {document}, the fact's of {own}; a value is cited from the document that gives the fact.");

    /// <summary>
    /// The citation that supports one value of this fact: its own (<see cref="CiteValue"/>) if it has
    /// one, else the fact's <see cref="Citation"/>. Reads <see cref="ValueCitations"/>, so load them
    /// first; to ask the database directly, use <see cref="Querying.ValueCitationQueries"/>.
    /// </summary>
    /// <param name="property">The model's name of the value, such as <c>nameof(Agreement.ConcludedOn)</c>.</param>
    public Citation CitationOf(string property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return _valueCitations.FirstOrDefault(v => v.Property == property && v.Rank == ClaimRank.Preferred)?.Citation ?? Citation;
    }
}
