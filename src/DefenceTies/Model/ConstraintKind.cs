namespace DefenceTies.Model;

/// <summary>The kind of database rule a <see cref="ConstraintViolationException"/> reports.</summary>
public enum ConstraintKind
{
    /// <summary>A CHECK constraint (a value's format, range or relation to another column).</summary>
    Check,

    /// <summary>A unique index or key (a value that must not repeat).</summary>
    Unique,

    /// <summary>A foreign key (a reference to a row that does not exist, or a delete that would orphan rows).</summary>
    ForeignKey,

    /// <summary>A NOT NULL column left empty.</summary>
    NotNull,

    /// <summary>
    /// Text no database can store exactly: a NUL character (PostgreSQL refuses it in any text) or an
    /// unpaired UTF-16 surrogate (it has no UTF-8 form). Reported for PostgreSQL's SQLSTATE 22021 and
    /// for such text about to be sent by <c>SaveChanges</c>.
    /// </summary>
    InvalidText,
}
