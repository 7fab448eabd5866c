using DefenceTies.Querying;

namespace DefenceTies.Benchmarks;

/// <summary>
/// Before anything is timed: every variant of every question gives the same answer, and the answer
/// has the planted size, so the benchmarks compare equal work at every scale.
/// </summary>
public static class AnswerCheck
{
    public static void Run(QueryBenchmarks b)
    {
        ArgumentNullException.ThrowIfNull(b);
        Same("AgreementsBetween", 50, Sorted(b.Raw_AgreementsBetween()), Sorted(b.Api_AgreementsBetween()), Sorted(b.Compiled_AgreementsBetween()));
        Same("AgreementsInForce", 40, Sorted(b.Raw_AgreementsInForce()), Sorted(b.Api_AgreementsInForce()), Sorted(b.Compiled_AgreementsInForce()));
        Same("DelegationLeaders", 2, Leaders(b.Raw_DelegationLeaders()), Leaders(b.Api_DelegationLeaders()));
        Same("ExercisesInvolving", 20, Sorted(b.Raw_ExercisesInvolving()), Sorted(b.Api_ExercisesInvolving()), Sorted(b.Compiled_ExercisesInvolving()));
        Same("CitingSource", ScaleGenerator.AgreementsPerReport, Sorted(b.Raw_CitingSource()), Sorted(b.Api_CitingSource()), Sorted(b.Compiled_CitingSource()));
        Same("Timeline", 70, b.Raw_Timeline().Result.Select(t => t.ToString()).ToList(), b.Api_Timeline().Result.Select(t => t.ToString()).ToList(), b.Compiled_Timeline().Result.Select(t => t.ToString()).ToList());
        Same("NationByCode", 1, [b.Raw_NationByCode().Result!.ToString()], [b.Api_NationByCode().Result!.ToString()], [b.Compiled_NationByCode().Result!.ToString()]);
    }

    private static List<string> Sorted<T>(Task<List<T>> rows) => rows.Result.Select(r => r!.ToString()!).Order(StringComparer.Ordinal).ToList();

    private static List<string> Leaders(Task<List<DelegationLeader>> rows) => rows.Result.Select(r => r.ToString()).Order(StringComparer.Ordinal).ToList();

    private static void Same(string question, int expectedCount, params List<string>[] answers)
    {
        foreach (var answer in answers)
        {
            if (answer.Count != expectedCount || !answer.SequenceEqual(answers[0]))
            {
                throw new InvalidOperationException($"{question}: the variants disagree or the answer is not the planted one ({string.Join(" / ", answers.Select(a => a.Count))} rows, expected {expectedCount}).");
            }
        }
    }
}
