namespace DefenceTies.Model;

/// <summary>
/// Something said by a person, by a body (such as a defence ministry) or by a source the report
/// does not name ("officials familiar with the talks said"), quoted or reported. Exactly one of
/// <see cref="SpeakerPerson"/>, <see cref="SpeakerOrganisation"/> and <see cref="AnonymousSource"/> is set.
/// </summary>
public class Statement : CitedEntity
{
    /// <summary>Maximum length of <see cref="Content"/>.</summary>
    public const int ContentMaxLength = 2000;

    /// <summary>Maximum length of <see cref="AnonymousSource"/>.</summary>
    public const int AnonymousSourceMaxLength = 200;

    /// <summary>For EF Core.</summary>
    protected Statement()
    {
    }

    private Statement(StatementForm form, string content, Citation citation, PartialDate? madeOn)
        : base(citation, nameof(Statement))
    {
        Form = Guard.Defined(form, nameof(Statement), nameof(Form));
        Content = Guard.Text(content, nameof(Statement), nameof(Content), ContentMaxLength, TextLines.Multiple);
        if (form == StatementForm.DirectQuotation && !citation.Passage.Contains(content, StringComparison.Ordinal))
        {
            throw new DomainRuleException(nameof(Statement), nameof(Content), content, "a direct quotation must appear verbatim in its citation.");
        }

        MadeOn = Guard.OptionalDate(madeOn, nameof(Statement), nameof(MadeOn));
    }

    /// <summary>A statement made by a person.</summary>
    public static Statement ByPerson(Person speaker, StatementForm form, string content, Citation citation, PartialDate? madeOn = null) =>
        new(form, content, citation, madeOn) { SpeakerPerson = Guard.NotNull(speaker, nameof(Statement), nameof(SpeakerPerson)) };

    /// <summary>A statement made by an organisation.</summary>
    public static Statement ByOrganisation(Organisation speaker, StatementForm form, string content, Citation citation, PartialDate? madeOn = null) =>
        new(form, content, citation, madeOn) { SpeakerOrganisation = Guard.NotNull(speaker, nameof(Statement), nameof(SpeakerOrganisation)) };

    /// <summary>
    /// A statement whose source the report does not name, described as the report describes it
    /// ("officials familiar with the talks", "a senior official"), optionally tied to the nation or
    /// the body the report ties it to ("Indian defence officials": India). The description must occur
    /// verbatim in the citation's passage.
    /// </summary>
    /// <param name="description">The source as the report describes it, verbatim.</param>
    /// <param name="form">Quoted verbatim or reported.</param>
    /// <param name="content">What was said.</param>
    /// <param name="citation">The passage that relays it.</param>
    /// <param name="madeOn">When it was said, if stated.</param>
    /// <param name="nation">The nation the report ties the source to, if it does.</param>
    /// <param name="organisation">The body the report ties the source to, if it does (not with <paramref name="nation"/>).</param>
    /// <exception cref="DomainRuleException">The description is blank, too long or not in the passage, or both a nation and a body are given.</exception>
    public static Statement ByAnonymousSource(string description, StatementForm form, string content, Citation citation, PartialDate? madeOn = null, Nation? nation = null, Organisation? organisation = null)
    {
        var statement = new Statement(form, content, citation, madeOn)
        {
            AnonymousSource = Guard.Text(description, nameof(Statement), nameof(AnonymousSource), AnonymousSourceMaxLength),
            AnonymousSourceNation = nation,
            AnonymousSourceOrganisation = organisation,
        };
        if (!citation.Passage.Contains(description, StringComparison.Ordinal))
        {
            throw new DomainRuleException(nameof(Statement), nameof(AnonymousSource), description, "an anonymous source is described as the report describes it; expected words of its citation's passage.");
        }

        return nation is not null && organisation is not null
            ? throw new DomainRuleException(nameof(Statement), nameof(AnonymousSourceOrganisation), organisation.Name, "an anonymous source is tied to a nation or to a body, not both; expected the one the report names.")
            : statement;
    }

    /// <summary>Quoted verbatim or reported.</summary>
    public StatementForm Form { get; private set; }

    /// <summary>What was said: the exact words for a quotation, the source's paraphrase otherwise.</summary>
    public string Content { get; private set; } = null!;

    /// <summary>When it was said, if stated.</summary>
    public PartialDate? MadeOn { get; private set; }

    /// <summary>The key of <see cref="SpeakerPerson"/>.</summary>
    public int? SpeakerPersonId { get; private set; }

    /// <summary>The speaker, when a person.</summary>
    public Person? SpeakerPerson { get; private init; }

    /// <summary>The key of <see cref="SpeakerOrganisation"/>.</summary>
    public int? SpeakerOrganisationId { get; private set; }

    /// <summary>The speaker, when a body.</summary>
    public Organisation? SpeakerOrganisation { get; private init; }

    /// <summary>
    /// The source as the report describes it when it does not name it ("officials familiar with the
    /// talks", "sources"); <see langword="null"/> for a named speaker. A claim relayed from such a
    /// statement is an anonymous claim.
    /// </summary>
    public string? AnonymousSource { get; private init; }

    /// <summary>Whether the report does not name the source (<see cref="AnonymousSource"/> is set).</summary>
    public bool IsAnonymous => AnonymousSource is not null;

    /// <summary>The key of <see cref="AnonymousSourceNation"/>.</summary>
    public int? AnonymousSourceNationId { get; private set; }

    /// <summary>The nation the report ties an anonymous source to ("Indian defence officials"), if it does.</summary>
    public Nation? AnonymousSourceNation { get; private init; }

    /// <summary>The key of <see cref="AnonymousSourceOrganisation"/>.</summary>
    public int? AnonymousSourceOrganisationId { get; private set; }

    /// <summary>The body the report ties an anonymous source to ("officials of the defence ministry"), if it does.</summary>
    public Organisation? AnonymousSourceOrganisation { get; private init; }
}
