namespace DefenceTies.Model;

/// <summary>
/// The database refused a save because a row broke one of its rules. Raised by
/// <see cref="DefenceTiesDbContext"/> in place of the provider's exception, naming the entity, the
/// field and the offending value as far as they can be known; the transaction was rolled back and
/// nothing already stored changed.
/// </summary>
public class ConstraintViolationException : DomainRuleException
{
    /// <summary>Creates the exception.</summary>
    public ConstraintViolationException(string entity, string field, object? value, ConstraintKind kind, string constraintName, Exception innerException)
        : base(entity, field, value, Describe(kind, constraintName), innerException)
    {
        Kind = kind;
        ConstraintName = constraintName;
    }

    /// <summary>What kind of rule was broken.</summary>
    public ConstraintKind Kind { get; }

    /// <summary>The database name of the broken constraint or index (see docs/schema.md), or a description where the database gives none.</summary>
    public string ConstraintName { get; }

    private static string Describe(ConstraintKind kind, string constraintName) => kind switch
    {
        ConstraintKind.Check => $"the database refused it: CHECK constraint {constraintName} does not hold.",
        ConstraintKind.Unique => $"the database refused it: the value is already stored ({constraintName}).",
        ConstraintKind.ForeignKey => $"the database refused it: a referenced row is missing, or rows still depend on this one ({constraintName}).",
        _ => $"the database refused it: a value is required ({constraintName}).",
    };
}
