namespace DefenceTies.Model;

/// <summary>
/// Whether a kind of body has a nation: the rule written once for the model's constructor, the
/// database's CHECK constraints and the pack format's docs.
/// </summary>
internal static class OrganisationNationRule
{
    /// <summary>The kinds that never have a nation: they belong to none.</summary>
    public static IReadOnlyList<OrganisationKind> Never { get; } = [OrganisationKind.InternationalOrganisation, OrganisationKind.Forum];

    /// <summary>The kinds whose nation is recorded only when the source states one.</summary>
    public static IReadOnlyList<OrganisationKind> WhenStated { get; } =
        [OrganisationKind.Company, OrganisationKind.JointVenture, OrganisationKind.NonStateArmedGroup, OrganisationKind.MaritimeMilitia];

    /// <summary>The kinds that always have a nation: a nation's own bodies.</summary>
    public static IEnumerable<OrganisationKind> Always => Enum.GetValues<OrganisationKind>().Except(Never).Except(WhenStated);

    /// <summary>The kinds that may carry a Correlates of War IGO abbreviation.</summary>
    public static IReadOnlyList<OrganisationKind> WithCowCode { get; } = [OrganisationKind.InternationalOrganisation];

    /// <summary>Refuses a nation the kind does not allow, or a missing one it requires.</summary>
    /// <param name="kind">The body's kind.</param>
    /// <param name="nation">The nation as the error reports it (its code, or a bulk row's id); <see langword="null"/> for none.</param>
    /// <param name="name">The body's name, if any.</param>
    public static void Check(OrganisationKind kind, object? nation, string? name)
    {
        if (nation is not null && Never.Contains(kind))
        {
            throw new DomainRuleException(nameof(Organisation), nameof(Organisation.Nation), nation, $"a body of kind {kind} belongs to no single nation; expected no nation.");
        }

        if (nation is null && Always.Contains(kind))
        {
            throw new DomainRuleException(nameof(Organisation), nameof(Organisation.Nation), null, $"a body of kind {kind} belongs to a nation; expected its nation (only {string.Join(", ", Never.Concat(WhenStated))} may have none).");
        }

        if (nation is null && name is null)
        {
            throw new DomainRuleException(nameof(Organisation), nameof(Organisation.Name), null, "a body without a nation is known only by its name; expected a name.");
        }
    }
}
