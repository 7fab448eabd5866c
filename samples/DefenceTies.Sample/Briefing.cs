using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Sample;

/// <summary>
/// Prints the briefing on every stored fact (the built-in India-Thailand report, and any pack loaded
/// with --load); the heading names the nations the facts involve. Each answer comes from one LINQ
/// query with its citation.
/// </summary>
internal static class Briefing
{
    public static async Task WriteAsync(DefenceTiesDbContext db, TextWriter output)
    {
        // The database holds every ISO 3166-1 entry; the briefing names only the nations its facts involve.
        var nations = await db.Nations.AsNoTracking()
            .Where(n => db.AgreementParties.Any(p => p.NationId == n.Id) || db.Delegations.Any(d => d.NationId == n.Id))
            .OrderBy(n => n.Name)
            .Select(n => new { n.Name, n.Alpha2Code, n.Alpha3Code, n.NumericCode, n.CorrelatesOfWarCode, n.CorrelatesOfWarAbbreviation, n.GleditschWardCode, n.GleditschWardAbbreviation, n.Citation.Passage })
            .ToListAsync();
        output.WriteLine($"Defence ties of {Enumerate(nations.Select(n => n.Name).ToList())}: a briefing from the stored facts");
        output.WriteLine();
        foreach (var n in nations)
        {
            var cow = n.CorrelatesOfWarCode is null ? "no Correlates of War code" : $"Correlates of War {n.CorrelatesOfWarCode} ({n.CorrelatesOfWarAbbreviation})";
            var gw = n.GleditschWardCode is null ? "no Gleditsch-Ward code" : $"Gleditsch-Ward {n.GleditschWardCode} ({n.GleditschWardAbbreviation})";
            Line(output, $"{n.Name}: ISO 3166-1 {n.Alpha2Code}/{n.Alpha3Code}/{n.NumericCode}, {cow}, {gw}.", n.Passage);
        }

        var engagements = await db.Engagements.AsNoTracking()
            .OrderBy(e => e.HeldOn)
            .Select(e => new { e.Kind, e.Subject, e.HeldOn, e.Citation.Passage, e.Citation.Support, e.Citation.Note })
            .ToListAsync();
        foreach (var e in engagements)
        {
            var implied = e.Support == SupportKind.Implied ? $" [implied: {e.Note}]" : string.Empty;
            Line(output, $"{e.HeldOn}: {e.Kind} on {e.Subject}.{implied}", e.Passage);
        }

        var leaders = await db.DelegationMembers.AsNoTracking()
            .Where(m => m.Role == DelegationRole.Leader)
            .OrderBy(m => m.Delegation.Nation.Name)
            .Select(m => new
            {
                Nation = m.Delegation.Nation.Name,
                m.Person.Rank,
                m.Person.Name,
                Post = m.Capacity == null ? null : m.Capacity.Title,
                m.Citation.Passage,
            })
            .ToListAsync();
        foreach (var l in leaders)
        {
            var name = l.Rank is null ? l.Name : $"{l.Rank} {l.Name}";
            Line(output, $"The {l.Nation} delegation was led by {name}{(l.Post is null ? "" : $", {l.Post}")}.", l.Passage);
        }

        var envoys = await db.PostHoldings.AsNoTracking()
            .Where(h => h.Post.AccreditedTo != null)
            .OrderBy(h => h.Person.Name)
            .Select(h => new { h.Person.Name, Nation = h.Post.Nation!.Name, h.Post.Title, AccreditedTo = h.Post.AccreditedTo!.Name, h.Citation.Passage })
            .ToListAsync();
        foreach (var e in envoys)
        {
            Line(output, $"{e.Name} holds {e.Nation}'s post {e.Title}, accredited to {e.AccreditedTo}.", e.Passage);
        }

        var groups = await db.WorkingGroups.AsNoTracking()
            .OrderBy(g => g.Name)
            .Select(g => new
            {
                g.Name,
                g.Status,
                g.Mandate,
                Focus = g.FocusAreas.OrderBy(f => f.CooperationArea.Name).Select(f => f.CooperationArea.Name).ToList(),
                g.Citation.Passage,
            })
            .ToListAsync();
        foreach (var g in groups)
        {
            Line(output, $"{g.Name ?? "A joint working group (the report gives no name)"} ({g.Status}): {g.Mandate}; focus: {string.Join(", ", g.Focus)}.", g.Passage);
        }

        var agreements = await db.Agreements.AsNoTracking()
            .OrderBy(a => a.ConcludedOn)
            .Select(a => new { a.Title, a.Subject, a.Kind, a.Status, a.ConcludedOn, a.Citation.Passage })
            .ToListAsync();
        foreach (var a in agreements)
        {
            Line(output, $"{a.Title ?? $"On {a.Subject} (the report gives no title)"}: {a.Kind}, {a.Status}, {a.ConcludedOn?.ToString() ?? "date not stated"}.", a.Passage);
        }

        var exercises = await db.MilitaryExercises.AsNoTracking()
            .OrderBy(x => x.Series.Name).ThenBy(x => x.StartedOn)
            .Select(x => new
            {
                x.Name,
                Series = x.Series.Name,
                x.StartedOn,
                Services = x.Participants.OrderBy(p => p.Nation.Name).Select(p => new { Nation = p.Nation.Name, Service = p.Service == null ? null : p.Service.Name, Kind = p.Service == null ? (OrganisationKind?)null : p.Service.Kind }).ToList(),
                x.Citation.Passage,
            })
            .ToListAsync();
        foreach (var x in exercises)
        {
            // A service the report does not name is described, never named: "India's army (unnamed in the report)".
            var services = x.Services.Select(p => p.Kind is null ? p.Nation : p.Service ?? $"{p.Nation}'s {p.Kind.Value.ToString().ToLowerInvariant()} (unnamed in the report)");
            // An edition: its series, with its own name and start date when the report gives them.
            var edition = x.Name is null || x.Name == x.Series ? x.Series : $"{x.Name} (of the {x.Series} series)";
            Line(output, $"Exercise {edition}{(x.StartedOn is { } started ? $", begun {started}," : string.Empty)} involved {string.Join(" and ", services)}.", x.Passage);
        }

        // Whose claim: the facts the defence ministry's statement relays say so.
        var ministry = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Kind == OrganisationKind.DefenceMinistry && o.Nation!.Alpha2Code == "IN");
        var claimedLinks = ministry is null ? [] : await db.PolicyLinks.ClaimedBy(ministry).Select(l => l.Id).ToListAsync();
        var links = await db.PolicyLinks.AsNoTracking()
            .Select(l => new { l.Id, From = l.From.Name, FromNation = l.From.Nation.Name, l.Kind, To = l.To.Name, ToNation = l.To.Nation.Name, l.Citation.Passage })
            .ToListAsync();
        foreach (var l in links)
        {
            var according = claimedLinks.Contains(l.Id) ? " (according to India's defence ministry)" : string.Empty;
            Line(output, $"{l.FromNation}'s {l.From} policy {l.Kind.ToString().ToLowerInvariant()} {l.ToNation}'s {l.To} policy{according}.", l.Passage);
        }

        var claimed = ministry is null ? [] : await db.NationRelations.ClaimedBy(ministry).Select(r => r.Id).ToListAsync();
        var relations = await db.NationRelations.AsNoTracking()
            .Where(r => r.Kind == NationRelationKind.MaritimeNeighbour)
            .Select(r => new { r.Id, Subject = r.Subject.Name, Counterpart = r.Counterpart.Name, r.Citation.Passage })
            .ToListAsync();
        foreach (var r in relations)
        {
            var according = claimed.Contains(r.Id) ? " (according to India's defence ministry)" : string.Empty;
            Line(output, $"{r.Subject} is a maritime neighbour of {r.Counterpart}{according}.", r.Passage);
        }

        var issues = await db.SecurityIssueRegions.AsNoTracking()
            .OrderBy(r => r.Region.Name).ThenBy(r => r.SecurityIssue.Name)
            .Select(r => new { Issue = r.SecurityIssue.Name, Region = r.Region.Name, r.Citation.Passage })
            .ToListAsync();
        foreach (var i in issues)
        {
            Line(output, $"Security issue in the {i.Region}: {i.Issue}.", i.Passage);
        }

        var areas = await db.CooperationAreas.AsNoTracking()
            .OrderBy(a => a.Name)
            .Select(a => new { a.Name, a.Citation.Passage })
            .ToListAsync();
        foreach (var a in areas)
        {
            Line(output, $"Cooperation area: {a.Name}.", a.Passage);
        }

        var aims = await db.NationalAims.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new { Nation = a.Nation.Name, a.Description, a.Citation.Passage })
            .ToListAsync();
        foreach (var a in aims)
        {
            Line(output, $"{a.Nation} aims to {a.Description}.", a.Passage);
        }

        var source = await db.SourceDocuments.AsNoTracking()
            .OrderBy(d => d.PublishedOn)
            .Select(d => new { d.Key, d.PublishedOn, Citations = d.Citations.Count })
            .ToListAsync();
        var nationCount = await db.Nations.CountAsync();
        output.WriteLine();
        foreach (var d in source)
        {
            output.WriteLine(d.Key == ReferenceNationsSeed.ReferenceDocumentKey
                ? $"Source: reference list {d.Key} (ISO 3166-1 entries with COW and GW codes), dated {d.PublishedOn}, {d.Citations} cited lines ({nationCount} nations stored)."
                : $"Source: report {d.Key}, published {d.PublishedOn}, {d.Citations} cited passages.");
        }
    }

    /// <summary>"India and Thailand", "India, Thailand and Viet Nam".</summary>
    private static string Enumerate(List<string> names) => names.Count switch
    {
        0 => "no nations (nothing is stored yet)",
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
    };

    private static void Line(TextWriter output, string answer, string passage)
    {
        output.WriteLine($"- {answer}");
        output.WriteLine($"    source: \"{passage}\"");
    }
}
