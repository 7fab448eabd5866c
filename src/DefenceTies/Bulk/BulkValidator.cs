using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>
/// Checks a batch against the model's rules before anything is written, so that a bad row is
/// reported by table, position and id rather than as a bare constraint name. The database checks
/// again (every constraint stays on); this is for clear errors, not instead of them.
/// </summary>
internal static class BulkValidator
{
    /// <summary>Loads the text of stored documents that citations in the batch refer to.</summary>
    public delegate Task<IReadOnlyDictionary<int, string>> DocumentTextLoader(IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken);

    public static async Task ValidateAsync(BulkImportBatch batch, DocumentTextLoader loadStoredTexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var map in BulkSchema.Tables)
        {
            var seen = new HashSet<int>();
            for (var i = 0; i < map.Count(batch); i++)
            {
                var id = map.IdAt(batch, i);
                if (id <= 0)
                {
                    throw new BulkImportException(map.Table, i, id, "ids are positive.");
                }

                if (!seen.Add(id))
                {
                    throw new BulkImportException(map.Table, i, id, "the id occurs twice in the batch.");
                }
            }
        }

        var texts = batch.SourceDocuments.ToDictionary(d => d.Id, d => d.Text);
        var missing = batch.Citations.Select(c => c.SourceDocumentId).Where(id => !texts.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var (id, text) in await loadStoredTexts(missing, cancellationToken).ConfigureAwait(false))
            {
                texts[id] = text;
            }
        }

        Each(batch.SourceDocuments, BulkTable.SourceDocuments, r => r.Id, r =>
        {
            Guard.Text(r.Key, nameof(SourceDocument), nameof(SourceDocument.Key), SourceDocument.KeyMaxLength);
            Guard.OptionalText(r.Title, nameof(SourceDocument), nameof(SourceDocument.Title), SourceDocument.TitleMaxLength);
            Guard.Text(r.Text, nameof(SourceDocument), nameof(SourceDocument.Text), int.MaxValue);
        });
        Each(batch.Citations, BulkTable.Citations, r => r.Id, r =>
        {
            Guard.Text(r.Passage, nameof(Citation), nameof(Citation.Passage), Citation.PassageMaxLength);
            if (!texts.TryGetValue(r.SourceDocumentId, out var text))
            {
                throw new DomainRuleException(nameof(Citation), nameof(Citation.SourceDocumentId), r.SourceDocumentId, "no such source document in the batch or the database.");
            }

            if (r.StartIndex < 0 || r.StartIndex > text.Length - r.Passage.Length
                || !text.AsSpan(r.StartIndex, r.Passage.Length).SequenceEqual(r.Passage))
            {
                throw new DomainRuleException(nameof(Citation), nameof(Citation.Passage), r.Passage, $"the passage does not occur verbatim at index {r.StartIndex} of source document {r.SourceDocumentId}.");
            }
        });
        Each(batch.Nations, BulkTable.Nations, r => r.Id, r =>
        {
            IsoCode(r.Alpha2Code, nameof(Nation.Alpha2Code), 2, char.IsAsciiLetterUpper, "two upper-case letters A-Z");
            IsoCode(r.Alpha3Code, nameof(Nation.Alpha3Code), 3, char.IsAsciiLetterUpper, "three upper-case letters A-Z");
            IsoCode(r.NumericCode, nameof(Nation.NumericCode), 3, char.IsAsciiDigit, "three digits 0-9, leading zeros kept");
            Guard.Text(r.Name, nameof(Nation), nameof(Nation.Name), Nation.NameMaxLength);
        });
        Each(batch.People, BulkTable.People, r => r.Id, r =>
        {
            Guard.Text(r.Name, nameof(Person), nameof(Person.Name), Person.NameMaxLength);
            Guard.OptionalText(r.Rank, nameof(Person), nameof(Person.Rank), Person.RankMaxLength);
        });
        Each(batch.Engagements, BulkTable.Engagements, r => r.Id, r =>
        {
            Guard.Defined(r.Kind, nameof(Engagement), nameof(Engagement.Kind));
            Guard.Text(r.Subject, nameof(Engagement), nameof(Engagement.Subject), Engagement.SubjectMaxLength);
        });
        Unique(batch.Delegations, BulkTable.Delegations, r => r.Id, r => (r.EngagementId, r.NationId), "a nation sends at most one delegation to an engagement.");
        Each(batch.DelegationMembers, BulkTable.DelegationMembers, r => r.Id, r => Guard.Defined(r.Role, nameof(DelegationMember), nameof(DelegationMember.Role)));
        Unique(batch.DelegationMembers, BulkTable.DelegationMembers, r => r.Id, r => (r.DelegationId, r.PersonId), "a person is listed once per delegation.");
        Unique(batch.DelegationMembers.Where(r => r.Role == DelegationRole.Leader).ToList(), BulkTable.DelegationMembers, r => r.Id, r => r.DelegationId, "a delegation has at most one leader.");
        Each(batch.Agreements, BulkTable.Agreements, r => r.Id, r =>
        {
            Guard.Text(r.Title, nameof(Agreement), nameof(Agreement.Title), Agreement.TitleMaxLength);
            Guard.Defined(r.Kind, nameof(Agreement), nameof(Agreement.Kind));
            Guard.Defined(r.Status, nameof(Agreement), nameof(Agreement.Status));
            Guard.Text(r.Subject, nameof(Agreement), nameof(Agreement.Subject), Agreement.SubjectMaxLength);
            Guard.Ordered(r.ConcludedOn, r.EnteredIntoForceOn, nameof(Agreement), nameof(Agreement.EnteredIntoForceOn));
            Guard.Ordered(r.ConcludedOn, r.EndedOn, nameof(Agreement), nameof(Agreement.EndedOn));
            Guard.Ordered(r.EnteredIntoForceOn, r.EndedOn, nameof(Agreement), nameof(Agreement.EndedOn));
        });
        Unique(batch.AgreementParties, BulkTable.AgreementParties, r => r.Id, r => (r.AgreementId, r.NationId), "the parties to an agreement are distinct nations.");
        Each(batch.MilitaryExercises, BulkTable.MilitaryExercises, r => r.Id, r =>
        {
            Guard.Text(r.Name, nameof(MilitaryExercise), nameof(MilitaryExercise.Name), MilitaryExercise.NameMaxLength);
            Guard.Ordered(r.StartedOn, r.EndedOn, nameof(MilitaryExercise), nameof(MilitaryExercise.EndedOn));
        });
        Unique(batch.ExerciseParticipants, BulkTable.ExerciseParticipants, r => r.Id, r => (r.ExerciseId, r.NationId), "a nation is listed once per exercise.");
    }

    private static void Each<TRow>(IList<TRow> rows, BulkTable table, Func<TRow, int> id, Action<TRow> check)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                check(rows[i]);
            }
            catch (DomainRuleException ex)
            {
                throw new BulkImportException(table, i, id(rows[i]), ex.Message, ex);
            }
        }
    }

    private static void Unique<TRow, TKey>(IList<TRow> rows, BulkTable table, Func<TRow, int> id, Func<TRow, TKey> key, string rule)
    {
        var seen = new HashSet<TKey>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (!seen.Add(key(rows[i])))
            {
                throw new BulkImportException(table, i, id(rows[i]), $"{key(rows[i])} occurs twice: {rule}");
            }
        }
    }

    private static void IsoCode(string? value, string field, int length, Func<char, bool> allowed, string rule)
    {
        if (value is null || value.Length != length || !value.All(allowed))
        {
            throw new DomainRuleException(nameof(Nation), field, value, $"an ISO 3166-1 code must be {rule}.");
        }
    }
}
