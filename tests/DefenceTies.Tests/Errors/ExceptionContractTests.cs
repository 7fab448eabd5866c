using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Errors;

/// <summary>
/// Every write path reports a constraint the database enforces the same way: a
/// <see cref="ConstraintViolationException"/>, which is a <see cref="DbUpdateException"/>, naming
/// entity, field and constraint, with nothing stored changed.
/// </summary>
public class ExceptionContractTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task SaveChanges_raises_a_DbUpdateException_that_names_the_field(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        // The model refuses a nation whose codes are not one ISO entry, and every entry is stored:
        // only a write around the model can duplicate a code, here through the change tracker.
        var thailand = await db.Nations.SingleAsync(n => n.Alpha2Code == "TH");
        db.Entry(thailand).Property(n => n.Alpha2Code).CurrentValue = "IN";

        var act = () => db.SaveChangesAsync();

        var error = (await act.Should().ThrowAsync<DbUpdateException>()).Which.Should().BeOfType<ConstraintViolationException>().Subject;
        error.Entity.Should().Be(nameof(Nation));
        error.Field.Should().Be(nameof(Nation.Alpha2Code));
        error.Value.Should().Be("IN");
        error.Kind.Should().Be(ConstraintKind.Unique);
        error.Entries.Should().NotBeEmpty("SaveChanges reports the entries it was saving, as EF Core does");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ExecuteUpdate_raises_the_same_exception_as_SaveChanges(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await Fingerprint.OfAsync(database);

        var act = () => db.Nations.Where(n => n.Alpha2Code == "TH").ExecuteUpdateAsync(s => s.SetProperty(n => n.Alpha2Code, "IN"));

        var error = (await act.Should().ThrowAsync<ConstraintViolationException>()).Which;
        error.Should().BeAssignableTo<DbUpdateException>();
        error.Entity.Should().Be(nameof(Nation));
        error.Field.Should().Be(nameof(Nation.Alpha2Code));
        error.Kind.Should().Be(ConstraintKind.Unique);
        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ExecuteUpdate_breaking_a_check_names_the_constraint(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await Fingerprint.OfAsync(database);

        var act = () => db.Nations.Where(n => n.Alpha2Code == "TH").ExecuteUpdateAsync(s => s.SetProperty(n => n.Alpha3Code, "th"));

        var error = (await act.Should().ThrowAsync<ConstraintViolationException>()).Which;
        error.Kind.Should().Be(ConstraintKind.Check);
        error.ConstraintName.Should().Be("ck_nations_alpha3_code");
        error.Entity.Should().Be(nameof(Nation));
        error.Field.Should().Be(nameof(Nation.Alpha3Code));
        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ExecuteDelete_of_a_row_others_depend_on_raises_a_foreign_key_violation(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await Fingerprint.OfAsync(database);

        var act = () => db.Nations.Where(n => n.Alpha2Code == "IN").ExecuteDeleteAsync();

        var error = (await act.Should().ThrowAsync<DbUpdateException>()).Which.Should().BeOfType<ConstraintViolationException>().Subject;
        error.Kind.Should().Be(ConstraintKind.ForeignKey);
        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }
}
