using System.Globalization;
using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Data;

public sealed partial class ExplorerQueries
{
    /// <summary>A fact of the given kind (<see cref="FactKind"/>) with every citation backing it, or null when there is none.</summary>
    public async Task<FactView?> FactAsync(string kind, int id, CancellationToken cancellationToken)
    {
        var fact = kind switch
        {
            FactKind.Engagement => await EngagementAsync(id, cancellationToken),
            FactKind.Agreement => await AgreementAsync(id, cancellationToken),
            FactKind.Exercise => await ExerciseAsync(id, cancellationToken),
            FactKind.WorkingGroup => await WorkingGroupAsync(id, cancellationToken),
            FactKind.Delegation => await DelegationAsync(id, cancellationToken),
            FactKind.PostHolding => await PostHoldingAsync(id, cancellationToken),
            FactKind.Organisation => await OrganisationAsync(id, cancellationToken),
            FactKind.SecurityIssue => await SecurityIssueAsync(id, cancellationToken),
            FactKind.Deal => await DealAsync(id, cancellationToken),
            FactKind.Invitation => await InvitationAsync(id, cancellationToken),
            FactKind.Initiative => await InitiativeAsync(id, cancellationToken),
            _ => null,
        };
        if (fact is null)
        {
            return null;
        }

        var (kindLabel, title, details, claims, (evidence, valueClaims), bodies, more, related) = fact.Value;
        more ??= [];

        // Each value with a citation of its own (the library's Value targets) comes right after the
        // fact's own claim, whatever the kind of fact, so the page can set them side by side.
        var values = evidence.Select(e => e.Target).Where(t => t.Kind == EvidenceTargetKind.Value).Distinct()
            .Select(t => (Heading: $"Its {Words(t.Property!)}, cited on its own", Target: t)).ToList();
        var fullClaims = new List<(string Heading, EvidenceTarget Target)>();
        foreach (var claim in claims)
        {
            fullClaims.Add(claim);
            if (claim.Target == EvidenceTarget.Fact)
            {
                fullClaims.AddRange(values);
            }
        }
        var documentIds = evidence.Select(e => e.Document.Id).Concat(valueClaims.Select(c => c.Citation.Document.Id))
            .Concat(more.SelectMany(m => m.Evidence).Select(e => e.Document.Id)).Distinct().ToList();
        var texts = await db.SourceDocuments.AsNoTracking()
            .Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Text })
            .ToDictionaryAsync(d => d.Id, d => d.Text, cancellationToken);
        return new FactView
        {
            KindLabel = kindLabel,
            Title = title,
            Details = details,
            Claims =
            [
                .. fullClaims.Select(c => new FactClaim(c.Heading, [.. evidence.Where(e => e.Target == c.Target).Select(e => InDocument(e, texts[e.Document.Id]))], c.Target.Property)),

                // Parts the library's evidence does not gather with the fact (its other names, a body as
                // party or signatory, an issue's actors) are facts of their own, each with its citations.
                .. more.Select(m => new FactClaim(m.Heading, [.. m.Evidence.Select(e => InDocument(e, texts[e.Document.Id]))])),
            ],
            Bodies = bodies ?? [],
            Related = related ?? [],

            // Only values another source gives otherwise: a value merely cited again is no dispute,
            // and a fact without one looks as it did before claims existed.
            CompetingClaims =
            [
                .. valueClaims.GroupBy(c => c.Property).Where(g => g.Any(c => c.IsCompeting))
                    .Select(g => new ValueClaims(g.Key, $"Its {Words(g.Key)}", [.. g.Select(c => new ValueClaim(c, InDocument(c.Citation, texts[c.Citation.Document.Id])))])),
            ],
        };
    }

    /// <summary>The library's evidence for one fact and the claims for its values, each with its citation.</summary>
    private static async Task<FactBacking> BackingAsync<T>(IQueryable<T> fact, CancellationToken cancellationToken)
        where T : CitedEntity =>
        new(await fact.EvidenceAsync(cancellationToken), await fact.ClaimEvidenceAsync(cancellationToken));

    /// <summary>A citation with its document's text split around the passage, when the library finds the passage where the citation says.</summary>
    private static CitationInDocument InDocument(CitationEvidence evidence, string text)
    {
        var found = PassageCheck.IsVerbatimAt(text, evidence.Passage, evidence.StartIndex);
        return new CitationInDocument
        {
            Evidence = evidence,
            IsPrimary = !evidence.IsCorroboration,
            FoundAtPosition = found,
            Before = found ? text[..evidence.StartIndex] : string.Empty,
            Passage = evidence.Passage,
            After = found ? text[(evidence.StartIndex + evidence.Passage.Length)..] : string.Empty,
        };
    }

    private async Task<FactParts?> EngagementAsync(int id, CancellationToken cancellationToken)
    {
        var e = await db.Engagements.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Subject, x.Kind, x.HeldOn, x.Status, x.Mode, Parent = x.Parent == null ? null : x.Parent.Subject, Place = x.Place == null ? null : x.Place.Name, PlaceNation = x.Place == null || x.Place.Nation == null ? null : x.Place.Nation.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return null;
        }

        var nations = await db.Delegations.AsNoTracking().Where(d => d.EngagementId == id)
            .OrderBy(d => d.Nation.Name).Select(d => d.Nation.Name).ToListAsync(cancellationToken);

        // Who took part in a stated role (the host, an observer, a forum met as itself), beside the delegations.
        var participants = db.EngagementParticipants.Where(p => p.EngagementId == id);
        var roles = (await participants.AsNoTracking()
                .Select(p => new
                {
                    p.Id,
                    p.Role,
                    Nation = p.Nation == null ? null : p.Nation.Name,
                    p.OrganisationId,
                    BodyName = p.Organisation == null ? null : p.Organisation.Name,
                    BodyKind = p.Organisation == null ? (OrganisationKind?)null : p.Organisation.Kind,
                    BodyNation = p.Organisation == null || p.Organisation.Nation == null ? null : p.Organisation.Nation.Name,
                })
                .ToListAsync(cancellationToken))
            .Select(p => (p.Id, p.Role, p.OrganisationId, Name: p.Nation ?? Organisation.Label(p.BodyName, p.BodyKind!.Value, p.BodyNation)))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Role).ToList();
        string Took(ParticipationRole role) => role == ParticipationRole.Participant ? "took part" : $"took part as {RoleWords(role)}";
        return new FactParts("Engagement", e.Subject,
            [
                Detail("Kind", Words(e.Kind.ToString())), Detail("Held on", e.HeldOn.ToString()), Detail("Place", e.Place is null ? null : Region.Label(e.Place, e.PlaceNation)),
                Detail("Status", Words(e.Status.ToString())), Detail("Mode", e.Mode is { } mode ? Words(mode.ToString()) : null), Detail("On the sidelines of", e.Parent), Detail("Delegations", string.Join(", ", nations)),
                Detail("Participants", string.Join(", ", roles.Select(p => p.Role == ParticipationRole.Participant ? p.Name : $"{p.Name} ({RoleWords(p.Role)})"))),
            ],
            [("The engagement", EvidenceTarget.Fact)],
            await BackingAsync(db.Engagements.Where(x => x.Id == id), cancellationToken),
            [.. roles.Where(p => p.OrganisationId is not null).Select(p => ActorName.Body(p.OrganisationId!.Value, p.Name)).Distinct()],
            await SeparateClaimsAsync(participants, roles.Select(p => (p.Id, $"{p.Name} {Took(p.Role)}")), cancellationToken),
            [
                new RelatedFacts("Invitations to it", "invitations", await InvitationLinksAsync(db.Invitations.ToEngagement(id), cancellationToken)),
                new RelatedFacts("Agreements it dealt with", "agreements-handled", [
                    .. (await db.EngagementAgreements.AsNoTracking().Where(a => a.EngagementId == id).OrderBy(a => a.Id)
                            .Select(a => new { a.AgreementId, a.Handling, Label = a.Agreement.Title ?? a.Agreement.Subject }).ToListAsync(cancellationToken))
                        .Select(a => new ActorName($"{Words(a.Handling.ToString())}: {a.Label}", FactKind.Url(FactKind.Agreement, a.AgreementId))),
                ]),
            ]);
    }

    /// <summary>The invitations to an event, each a link to its fact page: "Indonesia invited New Zealand (accepted)".</summary>
    private static async Task<IReadOnlyList<ActorName>> InvitationLinksAsync(IQueryable<Invitation> invitations, CancellationToken cancellationToken) =>
        [
            .. (await invitations.AsNoTracking().OrderBy(i => i.Id).Select(i => new
                {
                    i.Id,
                    Inviter = i.InviterNation == null ? i.InviterPerson!.Name : i.InviterNation.Name,
                    Invitee = i.InviteeNation == null ? i.InviteePerson!.Name : i.InviteeNation.Name,
                    i.Response,
                }).ToListAsync(cancellationToken))
                .Select(i => new ActorName($"{i.Inviter} invited {i.Invitee} ({(i.Response is { } response ? Words(response.ToString()) : "response not stated")})", FactKind.Url(FactKind.Invitation, i.Id))),
        ];

    private async Task<FactParts?> InvitationAsync(int id, CancellationToken cancellationToken)
    {
        var i = await db.Invitations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                InviterNation = x.InviterNation == null ? null : x.InviterNation.Name,
                InviterPerson = x.InviterPerson == null ? null : x.InviterPerson.Name,
                InviteeNation = x.InviteeNation == null ? null : x.InviteeNation.Name,
                InviteePerson = x.InviteePerson == null ? null : x.InviteePerson.Name,
                x.EngagementId,
                Engagement = x.Engagement == null ? null : x.Engagement.Subject,
                x.ExerciseId,
                Exercise = x.Exercise == null ? null : x.Exercise.Name ?? x.Exercise.Series.Name,
                x.Response,
                x.ExtendedOn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (i is null)
        {
            return null;
        }

        var inviter = i.InviterNation ?? i.InviterPerson!;
        var invitee = i.InviteeNation ?? i.InviteePerson!;
        var to = i.EngagementId is { } engagement
            ? new ActorName(i.Engagement!, FactKind.Url(FactKind.Engagement, engagement))
            : new ActorName(i.Exercise!, FactKind.Url(FactKind.Exercise, i.ExerciseId!.Value));
        return new FactParts("Invitation", $"{inviter} invited {invitee}",
            [
                Detail("Inviter", inviter), Detail("Invitee", invitee), Detail("To", to.Name),
                Detail("Response", i.Response is { } response ? Words(response.ToString()) : "not stated"), Detail("Extended", i.ExtendedOn?.ToString()),
            ],
            [("The invitation", EvidenceTarget.Fact)],
            await BackingAsync(db.Invitations.Where(x => x.Id == id), cancellationToken),
            Related: [new RelatedFacts("What it is to", "invited-to", [to])]);
    }

    private async Task<FactParts?> AgreementAsync(int id, CancellationToken cancellationToken)
    {
        var a = await db.Agreements.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Title,
                x.Subject,
                x.Kind,
                x.Status,
                x.Significance,
                x.ConcludedOn,
                x.EnteredIntoForceOn,
                x.EndedOn,
                x.FrameworkId,
                Framework = x.Framework == null ? null : x.Framework.Title ?? x.Framework.Subject,
                Policy = x.Policy == null ? null : x.Policy.Name,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (a is null)
        {
            return null;
        }

        var parties = await db.AgreementParties.AsNoTracking().Where(p => p.AgreementId == id)
            .OrderBy(p => p.Nation.Name).Select(p => new { p.Nation.Name, p.Id }).ToListAsync(cancellationToken);
        var bodyParties = db.AgreementOrganisationParties.Where(p => p.AgreementId == id);
        var bodies = (await bodyParties.AsNoTracking()
                .Select(p => new { p.Id, p.OrganisationId, p.Organisation.Name, p.Organisation.Kind, Nation = p.Organisation.Nation == null ? null : p.Organisation.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(p => (p.Id, Body: ActorName.Body(p.OrganisationId, Organisation.Label(p.Name, p.Kind, p.Nation))))
            .OrderBy(p => p.Body.Name, StringComparer.Ordinal).ToList();
        var signatories = db.AgreementSignatories.OfAgreement(id);
        var signed = (await signatories.AsNoTracking()
                .Select(s => new { s.Id, s.OrganisationId, s.Organisation.Name, s.Organisation.Kind, Nation = s.Organisation.Nation == null ? null : s.Organisation.Nation.Name, s.Role, OnBehalfOf = s.OnBehalfOf == null ? null : s.OnBehalfOf.Name })
                .ToListAsync(cancellationToken))
            .Select(s => (s.Id, Body: ActorName.Body(s.OrganisationId, Organisation.Label(s.Name, s.Kind, s.Nation)), Part: SignatoryPart(s.Role, s.OnBehalfOf)))
            .OrderBy(s => s.Body.Name, StringComparer.Ordinal).ToList();
        var otherNames = db.OtherNames.Where(n => n.AgreementId == id);
        var aliases = await otherNames.AsNoTracking().OrderBy(n => n.Name).Select(n => new { n.Id, n.Name, n.Kind }).ToListAsync(cancellationToken);
        var events = db.AgreementEvents.OfAgreement(id);
        var steps = (await events.AsNoTracking()
                .Select(e => new { e.Id, e.Kind, e.OccurredOn, Party = e.Party == null ? null : e.Party.Name, Body = e.ActingBody == null ? null : e.ActingBody.Name })
                .ToListAsync(cancellationToken))
            .Select(e => (e.Id, Text: $"{AgreementEvent.Label(e.Kind, e.Party, e.Body)}{(e.OccurredOn is { } on ? $", {on}" : string.Empty)}"))
            .ToList();
        return new FactParts("Agreement", a.Title ?? a.Subject,
            [
                Detail("Also known as", string.Join(", ", aliases.Select(n => n.Name))),
                Detail("Kind", Words(a.Kind.ToString())), Detail("Status", Words(a.Status.ToString())), Detail("Subject", a.Subject),
                Detail("Significance", a.Significance), Detail("Concluded", a.ConcludedOn?.ToString()),
                Detail("In force", a.EnteredIntoForceOn?.ToString()), Detail("Ended", a.EndedOn?.ToString()),
                Detail("Parties", string.Join(", ", parties.Select(p => p.Name).Concat(bodies.Select(b => b.Body.Name)))),
                Detail("Signed by", string.Join("; ", signed.Select(s => $"{s.Body.Name} ({s.Part})"))),
                Detail("Legal life", string.Join("; ", steps.Select(e => e.Text))),
                Detail("Under the framework agreement", a.Framework), Detail("Implements the policy", a.Policy),
            ],
            [("The agreement", EvidenceTarget.Fact), .. parties.Select(p => ($"{p.Name} is a party", EvidenceTarget.Part(nameof(Agreement.Parties), p.Id)))],
            await BackingAsync(db.Agreements.Where(x => x.Id == id), cancellationToken),
            [.. bodies.Select(b => b.Body).Concat(signed.Select(s => s.Body)).Distinct()],
            [
                .. await SeparateClaimsAsync(bodyParties, bodies.Select(b => (b.Id, $"{b.Body.Name} is a party")), cancellationToken),
                .. await SeparateClaimsAsync(signatories, signed.Select(s => (s.Id, $"{s.Body.Name}: {s.Part}")), cancellationToken),
                .. await SeparateClaimsAsync(otherNames, aliases.Select(n => (n.Id, $"Also known as {n.Name} ({Words(n.Kind.ToString())})")), cancellationToken),
                .. await SeparateClaimsAsync(events, steps.Select(e => (e.Id, $"Legal life: {e.Text}")), cancellationToken),
            ],
            [
                new RelatedFacts("Its framework agreement", "framework", a.FrameworkId is { } framework ? [new ActorName(a.Framework!, FactKind.Url(FactKind.Agreement, framework))] : []),
                new RelatedFacts("Engagements that dealt with it", "handled-at", [
                    .. (await db.EngagementAgreements.AsNoTracking().Where(e => e.AgreementId == id).OrderBy(e => e.Engagement.HeldOn).ThenBy(e => e.Id)
                            .Select(e => new { e.EngagementId, e.Handling, e.Engagement.Subject, e.Engagement.HeldOn }).ToListAsync(cancellationToken))
                        .Select(e => new ActorName($"{Words(e.Handling.ToString())} at {e.Subject} ({e.HeldOn})", FactKind.Url(FactKind.Engagement, e.EngagementId))),
                ]),
            ]);
    }

    private async Task<FactParts?> ExerciseAsync(int id, CancellationToken cancellationToken)
    {
        var x = await db.MilitaryExercises.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new
            {
                m.Name,
                Series = m.Series.Name,
                m.SeriesId,
                m.Series.Recurrence,
                m.StartedOn,
                m.EndedOn,
                Places = m.Places.OrderBy(p => p.Id).Select(p => new { p.Place.Name, Nation = p.Place.Nation == null ? null : p.Place.Nation.Name, p.Role }).ToList(),
                m.EditionNumber,
                Contributions = m.Participants.SelectMany(p => p.Contributions).OrderBy(c => c.Id).Select(c => new { Nation = c.Participant.Nation.Name, c.Quantity, c.Unit }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (x is null)
        {
            return null;
        }

        var participants = await db.ExerciseParticipants.AsNoTracking().Where(p => p.ExerciseId == id)
            .OrderBy(p => p.Nation.Name)
            .Select(p => new { Nation = p.Nation.Name, p.ServiceOrganisationId, Service = p.Service == null ? null : p.Service.Name, ServiceKind = p.Service == null ? (OrganisationKind?)null : p.Service.Kind, p.Id })
            .ToListAsync(cancellationToken);
        string Label(string nation, string? service, OrganisationKind? kind) =>
            service ?? (kind is { } k ? $"{nation}'s {Words(k.ToString())}" : nation);
        return new FactParts("Military exercise", x.Name ?? x.Series,
            [Detail("Series", x.Series), Detail("Series held", x.Recurrence is { } recurrence ? Words(recurrence.ToString()) : null), Detail("Edition", x.Name ?? "not named in the source"), Detail("Started", x.StartedOn?.ToString() ?? "not stated"), Detail("Ended", x.EndedOn?.ToString()),
                Detail("Edition number", x.EditionNumber?.ToString(CultureInfo.InvariantCulture)),
                Detail("Places", string.Join("; ", x.Places.Select(p => $"{Region.Label(p.Name, p.Nation)} ({Words(p.Role.ToString())})"))),
                Detail("Contributions", string.Join("; ", x.Contributions.Select(c => $"{c.Nation}: {(c.Quantity is { } n ? $"{n} " : string.Empty)}{c.Unit}"))), Detail("Participants", string.Join(", ", participants.Select(p => Label(p.Nation, p.Service, p.ServiceKind))))],
            [("The exercise", EvidenceTarget.Fact), .. participants.Select(p => ($"{Label(p.Nation, p.Service, p.ServiceKind)} took part", EvidenceTarget.Part(nameof(MilitaryExercise.Participants), p.Id)))],
            await BackingAsync(db.MilitaryExercises.Where(m => m.Id == id), cancellationToken),
            [.. participants.Where(p => p.ServiceOrganisationId is not null).Select(p => ActorName.Body(p.ServiceOrganisationId!.Value, Label(p.Nation, p.Service, p.ServiceKind))).Distinct()],
            Related:
            [
                new RelatedFacts($"Editions of the {x.Series} series", "editions", await EditionLinksAsync(x.SeriesId, id, cancellationToken)),
                new RelatedFacts("Invitations to it", "invitations", await InvitationLinksAsync(db.Invitations.ToExercise(id), cancellationToken)),
            ]);
    }

    /// <summary>
    /// Every edition of a series, grouped under it by start date (undated last), each a link to its
    /// page: "Sea Shield, third edition, from 2026-05-04 (this page)".
    /// </summary>
    private async Task<IReadOnlyList<ActorName>> EditionLinksAsync(int seriesId, int shown, CancellationToken cancellationToken)
    {
        var editions = await db.MilitaryExercises.AsNoTracking().Where(m => m.SeriesId == seriesId)
            .Select(m => new { m.Id, Name = m.Name ?? m.Series.Name, m.EditionNumber, m.StartedOn }).ToListAsync(cancellationToken);
        return
        [
            .. editions.OrderBy(e => e.StartedOn is null).ThenBy(e => e.StartedOn?.ToString(), StringComparer.Ordinal).ThenBy(e => e.Id)
                .Select(e => new ActorName(
                    $"{e.Name}{(e.EditionNumber is { } n ? $", edition {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}{(e.StartedOn is { } started ? $", from {started}" : ", start not stated")}{(e.Id == shown ? " (this page)" : string.Empty)}",
                    FactKind.Url(FactKind.Exercise, e.Id))),
        ];
    }

    private async Task<FactParts?> DealAsync(int id, CancellationToken cancellationToken)
    {
        var d = await db.DefenceDeals.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Kind,
                x.Designation,
                x.Category,
                SupplierNation = x.SupplierNation == null ? null : x.SupplierNation.Name,
                x.SupplierOrganisationId,
                SupplierBody = x.SupplierOrganisation == null ? null : x.SupplierOrganisation.Name,
                SupplierKind = x.SupplierOrganisation == null ? (OrganisationKind?)null : x.SupplierOrganisation.Kind,
                SupplierBodyNation = x.SupplierOrganisation == null || x.SupplierOrganisation.Nation == null ? null : x.SupplierOrganisation.Nation.Name,
                RecipientNation = x.RecipientNation == null ? null : x.RecipientNation.Name,
                x.RecipientOrganisationId,
                RecipientBody = x.RecipientOrganisation == null ? null : x.RecipientOrganisation.Name,
                RecipientKind = x.RecipientOrganisation == null ? (OrganisationKind?)null : x.RecipientOrganisation.Kind,
                RecipientBodyNation = x.RecipientOrganisation == null || x.RecipientOrganisation.Nation == null ? null : x.RecipientOrganisation.Nation.Name,
                x.EndUserId,
                EndUser = x.EndUser == null ? null : x.EndUser.Name,
                EndUserKind = x.EndUser == null ? (OrganisationKind?)null : x.EndUser.Kind,
                EndUserNation = x.EndUser == null || x.EndUser.Nation == null ? null : x.EndUser.Nation.Name,
                x.Quantity,
                x.QuantityUnit,
                x.QuantityDelivered,
                x.Value,
                x.ValueUpTo,
                x.ValueCurrency,
                x.ValueExactness,
                x.DecidedOn,
                x.AwardedOn,
                x.SignedOn,
                x.DeliveredOn,
                x.DeliveryDueOn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (d is null)
        {
            return null;
        }

        ActorName? Body(int? bodyId, string? name, OrganisationKind? kind, string? nation) =>
            bodyId is { } b ? ActorName.Body(b, Organisation.Label(name, kind!.Value, nation)) : null;
        var supplierBody = Body(d.SupplierOrganisationId, d.SupplierBody, d.SupplierKind, d.SupplierBodyNation);
        var recipientBody = Body(d.RecipientOrganisationId, d.RecipientBody, d.RecipientKind, d.RecipientBodyNation);
        var endUser = Body(d.EndUserId, d.EndUser, d.EndUserKind, d.EndUserNation);
        string? Count(int? n, string? unit) => n is { } value ? $"{value.ToString(CultureInfo.InvariantCulture)}{(unit is null ? string.Empty : " " + unit)}" : null;
        return new FactParts("Defence deal", d.Designation,
            [
                Detail("Kind", Words(d.Kind.ToString())),
                Detail("Supplier", d.SupplierNation ?? supplierBody!.Name),
                Detail("Recipient", d.RecipientNation ?? recipientBody!.Name),
                Detail("End user", endUser?.Name),
                Detail("Equipment", $"{d.Designation} ({Words(d.Category.ToString())})"),
                Detail("Quantity", Count(d.Quantity, d.QuantityUnit)),
                Detail("Delivered", Count(d.QuantityDelivered, d.QuantityUnit)),
                Detail("Value", DefenceDeal.ValueText(d.Value, d.ValueUpTo, d.ValueCurrency, d.ValueExactness)),
                Detail("Decided", d.DecidedOn?.ToString()),
                Detail("Awarded", d.AwardedOn?.ToString()),
                Detail("Signed", d.SignedOn?.ToString()),
                Detail("Delivered on", d.DeliveredOn?.ToString()),
                Detail("Delivery due", d.DeliveryDueOn?.ToString()),
            ],
            [("The deal", EvidenceTarget.Fact)],
            await BackingAsync(db.DefenceDeals.Where(x => x.Id == id), cancellationToken),
            [.. new[] { supplierBody, recipientBody, endUser }.OfType<ActorName>().Distinct()]);
    }

    private async Task<FactParts?> WorkingGroupAsync(int id, CancellationToken cancellationToken)
    {
        var g = await db.WorkingGroups.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new
            {
                w.Name,
                w.Mandate,
                w.Status,
                w.Significance,
                EstablishedBy = w.EstablishedBy == null ? null : w.EstablishedBy.Title ?? w.EstablishedBy.Subject,
                w.ParentOrganisationId,
                ParentName = w.Parent == null ? null : w.Parent.Name,
                ParentKind = w.Parent == null ? (OrganisationKind?)null : w.Parent.Kind,
                ParentNation = w.Parent == null || w.Parent.Nation == null ? null : w.Parent.Nation.Name,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (g is null)
        {
            return null;
        }

        var members = await db.WorkingGroupMembers.AsNoTracking().Where(m => m.WorkingGroupId == id)
            .OrderBy(m => m.Nation.Name).Select(m => new { m.Nation.Name, m.Id, m.Role, m.TermStartedOn, m.TermEndedOn }).ToListAsync(cancellationToken);
        var parent = g.ParentOrganisationId is { } parentId ? ActorName.Body(parentId, Organisation.Label(g.ParentName, g.ParentKind!.Value, g.ParentNation)) : null;
        string Role(ParticipationRole role, PartialDate? from, PartialDate? until) =>
            role == ParticipationRole.Member ? "is a member" : $"is {RoleWords(role)}{Term(from, until)}";
        return new FactParts("Working group", g.Name ?? g.Mandate,
            [
                Detail("Mandate", g.Mandate), Detail("Status", Words(g.Status.ToString())), Detail("Significance", g.Significance), Detail("Works under", parent?.Name), Detail("Established by", g.EstablishedBy),
                Detail("Members", string.Join(", ", members.Select(m => m.Role == ParticipationRole.Member ? m.Name : $"{m.Name} ({RoleWords(m.Role)})"))),
            ],
            [("The working group", EvidenceTarget.Fact), .. members.Select(m => ($"{m.Name} {Role(m.Role, m.TermStartedOn, m.TermEndedOn)}", EvidenceTarget.Part(nameof(WorkingGroup.Members), m.Id)))],
            await BackingAsync(db.WorkingGroups.Where(w => w.Id == id), cancellationToken),
            parent is null ? [] : [parent],
            Related: [new RelatedFacts("Initiatives it steers", "initiatives", [
                .. (await db.Initiatives.SteeredBy(id).AsNoTracking().OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken))
                    .Select(i => new ActorName(i.Name, FactKind.Url(FactKind.Initiative, i.Id))),
            ])]);
    }

    private async Task<FactParts?> InitiativeAsync(int id, CancellationToken cancellationToken)
    {
        var i = await db.Initiatives.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Name,
                x.SteeringGroupId,
                SteeringGroup = x.SteeringGroup == null ? null : x.SteeringGroup.Name ?? x.SteeringGroup.Mandate,
                Policy = x.Policy == null ? null : x.Policy.Name,
                Aim = x.Aim == null ? null : x.Aim.Description,
                AimNation = x.Aim == null ? null : x.Aim.Nation.Name,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (i is null)
        {
            return null;
        }

        var nations = await db.InitiativeParticipants.AsNoTracking().Where(p => p.InitiativeId == id)
            .OrderBy(p => p.Nation.Name).Select(p => new { p.Id, p.Nation.Name }).ToListAsync(cancellationToken);
        return new FactParts("Initiative", i.Name,
            [
                Detail("Nations", string.Join(", ", nations.Select(n => n.Name))), Detail("Steered by", i.SteeringGroup), Detail("Part of the policy", i.Policy),
                Detail("Part of the strategy", i.Aim is null ? null : $"{i.AimNation}'s, to {i.Aim}"),
            ],
            [("The initiative", EvidenceTarget.Fact), .. nations.Select(n => ($"{n.Name} takes part", EvidenceTarget.Part(nameof(Initiative.Participants), n.Id)))],
            await BackingAsync(db.Initiatives.Where(x => x.Id == id), cancellationToken),
            Related: [new RelatedFacts("Steered by", "steered-by", i.SteeringGroupId is { } group ? [new ActorName(i.SteeringGroup!, FactKind.Url(FactKind.WorkingGroup, group))] : [])]);
    }

    private async Task<FactParts?> DelegationAsync(int id, CancellationToken cancellationToken)
    {
        var d = await db.Delegations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { Nation = x.Nation.Name, x.Engagement.Subject, x.Engagement.HeldOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (d is null)
        {
            return null;
        }

        var members = await db.DelegationMembers.AsNoTracking().Where(m => m.DelegationId == id)
            .OrderBy(m => m.Role).ThenBy(m => m.Person.Name)
            .Select(m => new { m.Person.Name, m.Person.Rank, m.Role, Post = m.Capacity == null ? null : m.Capacity.Title, m.Id })
            .ToListAsync(cancellationToken);
        string Who(string name, string? rank, DelegationRole role, string? post) =>
            $"{(rank is null ? name : $"{rank} {name}")}{(post is null ? string.Empty : $", {post},")} {(role == DelegationRole.Leader ? "led the delegation" : "was a member")}";
        return new FactParts("Delegation", $"{d.Nation}'s delegation to the {d.Subject}",
            [Detail("Held on", d.HeldOn.ToString()), .. members.Select(m => Detail(m.Role == DelegationRole.Leader ? "Leader" : "Member", m.Rank is null ? m.Name : $"{m.Rank} {m.Name}"))],
            [("The delegation", EvidenceTarget.Fact), .. members.Select(m => (Who(m.Name, m.Rank, m.Role, m.Post), EvidenceTarget.Part(nameof(Delegation.Members), m.Id)))],
            await BackingAsync(db.Delegations.Where(x => x.Id == id), cancellationToken));
    }

    private async Task<FactParts?> PostHoldingAsync(int id, CancellationToken cancellationToken)
    {
        var h = await db.PostHoldings.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.PersonId,
                x.Person.Name,
                x.PostId,
                x.Post.Title,
                Nation = x.Post.Nation == null ? null : x.Post.Nation.Name,
                x.Post.OrganisationId,
                BodyName = x.Post.Organisation == null ? null : x.Post.Organisation.Name,
                BodyKind = x.Post.Organisation == null ? (OrganisationKind?)null : x.Post.Organisation.Kind,
                BodyNation = x.Post.Organisation == null || x.Post.Organisation.Nation == null ? null : x.Post.Organisation.Nation.Name,
                x.StartedOn,
                x.EndedOn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (h is null)
        {
            return null;
        }

        var body = h.OrganisationId is { } bodyId ? ActorName.Body(bodyId, Organisation.Label(h.BodyName, h.BodyKind!.Value, h.BodyNation)) : null;

        // The person's other names ("Ms. Dewi") and the post's other titles ("Menteri Pertahanan"), each cited.
        var otherNames = db.OtherNames.Where(n => n.PersonId == h.PersonId || n.PostId == h.PostId);
        var aliases = await otherNames.AsNoTracking().OrderBy(n => n.Name).Select(n => new { n.Id, n.Name, n.Kind, n.Language, IsPerson = n.PersonId != null }).ToListAsync(cancellationToken);
        string Alias(string name, string? language) => language is null ? name : $"{name} ({language})";
        return new FactParts("Post held", $"{h.Name}, {h.Title}",
            [
                Detail("Post", h.Title), Detail("Post also titled", string.Join(", ", aliases.Where(n => !n.IsPerson).Select(n => Alias(n.Name, n.Language)))),
                Detail("Body", body?.Name), Detail("Nation", h.Nation),
                Detail("Holder also known as", string.Join(", ", aliases.Where(n => n.IsPerson).Select(n => Alias(n.Name, n.Language)))),
                Detail("From", h.StartedOn?.ToString()), Detail("Until", h.EndedOn?.ToString()),
            ],
            [("Who holds the post", EvidenceTarget.Fact)],
            await BackingAsync(db.PostHoldings.Where(x => x.Id == id), cancellationToken),
            body is null ? [] : [body],
            await SeparateClaimsAsync(otherNames, aliases.Select(n => (n.Id, $"{(n.IsPerson ? h.Name : "The post")} also known as {n.Name} ({Words(n.Kind.ToString())})")), cancellationToken));
    }

    private async Task<FactParts?> OrganisationAsync(int id, CancellationToken cancellationToken)
    {
        var o = await db.Organisations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Name, x.Kind, Nation = x.Nation == null ? null : x.Nation.Name, Host = x.HostNation == null ? null : x.HostNation.Name, x.WikidataId, x.CowCode })
            .SingleOrDefaultAsync(cancellationToken);
        if (o is null)
        {
            return null;
        }

        var otherNames = db.OtherNames.Where(n => n.OrganisationId == id);
        var aliases = await otherNames.AsNoTracking().OrderBy(n => n.Name).Select(n => new { n.Id, n.Name, n.Kind }).ToListAsync(cancellationToken);
        var name = Organisation.Label(o.Name, o.Kind, o.Nation);
        return new FactParts("Body", name,
            [
                Detail("Kind", Words(o.Kind.ToString())), Detail("Also known as", string.Join(", ", aliases.Select(n => n.Name))), Detail("Nation", o.Nation), Detail("Hosted by", o.Host),
                Detail("Wikidata", o.WikidataId), Detail("Correlates of War code", o.CowCode),
            ],
            [("The body", EvidenceTarget.Fact)],
            await BackingAsync(db.Organisations.Where(x => x.Id == id), cancellationToken),
            [ActorName.Body(id, name)],
            await SeparateClaimsAsync(otherNames, aliases.Select(n => (n.Id, $"Also known as {n.Name} ({Words(n.Kind.ToString())})")), cancellationToken));
    }

    private async Task<FactParts?> SecurityIssueAsync(int id, CancellationToken cancellationToken)
    {
        var name = await db.SecurityIssues.AsNoTracking().Where(x => x.Id == id).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var regions = db.SecurityIssueRegions.Where(r => r.SecurityIssueId == id);
        var regionRows = await regions.AsNoTracking().OrderBy(r => r.Region.Name).Select(r => new { r.Id, r.Region.Name }).ToListAsync(cancellationToken);
        var actors = await IssueActorsAsync(db.SecurityIssueActors.Where(a => a.SecurityIssueId == id), cancellationToken);
        string Part(IssueActorItem a) => $"{a.Actor.Name}: {IssueRole(a.Role)}{(a.Date is { } date ? $" ({date})" : string.Empty)}";
        return new FactParts("Security issue", name,
            [Detail("Regions", string.Join(", ", regionRows.Select(r => r.Name))), Detail("Actors", string.Join("; ", actors.Select(Part)))],
            [("The security issue", EvidenceTarget.Fact)],
            await BackingAsync(db.SecurityIssues.Where(x => x.Id == id), cancellationToken),
            [.. actors.Select(a => a.Actor).Where(a => a.Url.StartsWith("/organisation/", StringComparison.Ordinal)).Distinct()],
            [
                .. await SeparateClaimsAsync(regions, regionRows.Select(r => (r.Id, $"It arises in {r.Name}")), cancellationToken),

                // The actors' citations are already read with them: one claim each, in the order listed.
                .. actors.Select(a => new SeparateClaim(Part(a), [a.Evidence])),
            ]);
    }

    /// <summary>
    /// Claims for facts the library keeps apart from the one shown (an agreement's body parties and
    /// signatories, other names, an issue's regions): each with every citation backing it, in the order given.
    /// </summary>
    private static async Task<IReadOnlyList<SeparateClaim>> SeparateClaimsAsync<T>(IQueryable<T> facts, IEnumerable<(int Id, string Heading)> headings, CancellationToken cancellationToken)
        where T : CitedEntity
    {
        var evidence = (await facts.EvidenceAsync(cancellationToken)).Where(e => e.Target == EvidenceTarget.Fact).ToLookup(e => e.FactId);
        return [.. headings.Select(h => new SeparateClaim(h.Heading, [.. evidence[h.Id]]))];
    }

    /// <summary>A role's term as written: " from 2024 until 2026", " from 2021", or nothing when not stated.</summary>
    internal static string Term(PartialDate? from, PartialDate? until) =>
        (from is { } f ? $" from {f}" : string.Empty) + (until is { } u ? $" until {u}" : string.Empty);

    /// <summary>An enum member's name as words: <c>DefenceMinistry</c> → "defence ministry".</summary>
    internal static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture)));

    private static KeyValuePair<string, string> Detail(string label, string? value) => new(label, value ?? string.Empty);

    /// <summary>A fact as the page heads it: labels, stored fields, what each section backs, and the library's evidence for all of it.</summary>
    private readonly record struct FactParts(
        string KindLabel,
        string Title,
        IReadOnlyList<KeyValuePair<string, string>> Details,
        IReadOnlyList<(string Heading, EvidenceTarget Target)> Claims,
        FactBacking Backing,
        IReadOnlyList<ActorName>? Bodies = null,
        IReadOnlyList<SeparateClaim>? More = null,
        IReadOnlyList<RelatedFacts>? Related = null);

    /// <summary>What a section backs and its citations, for a fact kept apart from the one shown.</summary>
    private readonly record struct SeparateClaim(string Heading, IReadOnlyList<CitationEvidence> Evidence);

    /// <summary>What backs a fact: every citation of it, of its values and of its parts; and the claims for its values, the preferred one first.</summary>
    private readonly record struct FactBacking(IReadOnlyList<CitationEvidence> Evidence, IReadOnlyList<ClaimEvidence> Claims);
}
