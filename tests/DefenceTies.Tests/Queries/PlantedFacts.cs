using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// Adds facts the report does not hold to a seeded database, through the domain constructors, so
/// tests can show that a filter leaves out the rows it should. Every planted fact cites one passage
/// of a source document of its own (<see cref="DocumentKey"/>).
/// </summary>
public sealed class PlantedFacts
{
    public const string DocumentKey = "test/planted-facts";

    private PlantedFacts(DefenceTiesDbContext db, Citation citation, Nation india, Nation thailand, Nation vietNam)
    {
        Db = db;
        Citation = citation;
        India = india;
        Thailand = thailand;
        VietNam = vietNam;
    }

    public DefenceTiesDbContext Db { get; }

    public Citation Citation { get; }

    public Nation India { get; }

    public Nation Thailand { get; }

    /// <summary>Viet Nam (VN), a nation the report does not mention (stored, like every ISO 3166-1 entry, by the reference seed).</summary>
    public Nation VietNam { get; }

    public T Add<T>(T fact)
        where T : class => Db.Add(fact).Entity;

    public Agreement AddAgreement(string title, PartialDate? concludedOn, AgreementStatus status, params Nation[] parties) =>
        AddAgreement(title, concludedOn, status, null, null, parties);

    public Agreement AddAgreement(string title, PartialDate? concludedOn, AgreementStatus status, PartialDate? enteredIntoForceOn, PartialDate? endedOn, params Nation[] parties)
    {
        var agreement = Add(new Agreement(title, AgreementKind.Treaty, status, "a planted subject", concludedOn, Citation, enteredIntoForceOn: enteredIntoForceOn, endedOn: endedOn));
        foreach (var party in parties)
        {
            agreement.AddParty(party, Citation);
        }

        return agreement;
    }

    /// <summary>
    /// Opens a context on <paramref name="database"/>, runs <paramref name="preload"/> (to load seeded
    /// facts that <paramref name="plant"/> finds in the change tracker's Local views), lets
    /// <paramref name="plant"/> add facts, and saves them.
    /// </summary>
    public static async Task AddAsync(TestDatabase database, Action<PlantedFacts> plant, Func<DefenceTiesDbContext, Task>? preload = null)
    {
        await using var db = database.CreateContext();
        var document = new SourceDocument(DocumentKey, null, PartialDate.FromYear(2025), "Facts planted by a test.");
        var citation = document.Cite("Facts planted by a test.");
        db.Add(document);
        var india = await db.Nations.SingleAsync(n => n.Alpha2Code == "IN");
        var thailand = await db.Nations.SingleAsync(n => n.Alpha2Code == "TH");
        var vietNam = await db.Nations.SingleAsync(n => n.Alpha2Code == "VN");
        if (preload is not null)
        {
            await preload(db);
        }

        plant(new PlantedFacts(db, citation, india, thailand, vietNam));
        await db.SaveChangesAsync();
    }
}
