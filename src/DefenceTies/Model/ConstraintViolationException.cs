using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DefenceTies.Model;

/// <summary>
/// The database refused a write because a row broke one of its rules (a CHECK, UNIQUE, FOREIGN KEY
/// or NOT NULL constraint), or because it holds text no database can store exactly
/// (<see cref="ConstraintKind.InvalidText"/>). Raised in place of the provider's exception by
/// <see cref="DbContext.SaveChanges()"/>, <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> and the bulk
/// importers, naming the entity, the field and the offending value as far as they can be known.
/// It is a <see cref="DbUpdateException"/>, so <c>catch (DbUpdateException)</c> still sees it; the
/// statement or transaction was rolled back and nothing already stored changed.
/// </summary>
public class ConstraintViolationException : DbUpdateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">The entity type whose row was refused, e.g. <c>Nation</c>.</param>
    /// <param name="field">The field the constraint is about, e.g. <c>Alpha2Code</c>.</param>
    /// <param name="value">The offending value, when known.</param>
    /// <param name="kind">What kind of rule was broken.</param>
    /// <param name="constraintName">The database name of the constraint or index.</param>
    /// <param name="innerException">The provider's exception.</param>
    /// <param name="entries">The entries being saved, when raised by <c>SaveChanges</c>.</param>
    public ConstraintViolationException(
        string entity,
        string field,
        object? value,
        ConstraintKind kind,
        string constraintName,
        Exception? innerException,
        IReadOnlyList<EntityEntry>? entries = null)
        : base(DomainRuleException.Describe(entity, field, value, Describe(kind, constraintName)), innerException, entries ?? [])
    {
        Entity = entity;
        Field = field;
        Value = value;
        Kind = kind;
        ConstraintName = constraintName;
    }

    /// <summary>The entity type whose row was refused.</summary>
    public string Entity { get; }

    /// <summary>The field the broken constraint is about.</summary>
    public string Field { get; }

    /// <summary>The offending value, when known.</summary>
    public object? Value { get; }

    /// <summary>What kind of rule was broken.</summary>
    public ConstraintKind Kind { get; }

    /// <summary>The database name of the broken constraint or index (see docs/schema.md), or a description where the database gives none (for <see cref="ConstraintKind.InvalidText"/>, what is wrong with the text).</summary>
    public string ConstraintName { get; }

    private static string Describe(ConstraintKind kind, string constraintName) => kind switch
    {
        ConstraintKind.Check => $"the database refused it: CHECK constraint {constraintName} does not hold.",
        ConstraintKind.Unique => $"the database refused it: the value is already stored ({constraintName}).",
        ConstraintKind.ForeignKey => $"the database refused it: a referenced row is missing, or rows still depend on this one ({constraintName}).",
        ConstraintKind.InvalidText => $"the text cannot be stored: {constraintName}",
        _ => $"the database refused it: a value is required ({constraintName}).",
    };
}
