using System.Collections.Immutable;
using Knowledge.Ingestion;

namespace Knowledge.Tests.Store;

/// <summary>
/// Invented news texts for the store specs. They tie documents together the way a corpus does, so that
/// resolving them in pieces could go wrong: an acronym defined in one document and used bare in another,
/// a person named in full in one and with a suffix in another, one event told by two documents, a law
/// amended by another, quotes with their speakers and dates, a title held at an organisation.
/// </summary>
internal static class InventedNews
{
    public static ImmutableArray<SourceDocument> Documents { get; } =
    [
        Doc("coastal-board-founded", "Coastal Safety Board opens office in Port Amaro", new DateOnly(2024, 3, 4),
            """
            PORT AMARO – The Coastal Safety Board (CSB) opened its first regional office on Monday, the agency said.

            "We will inspect every ferry before the typhoon season," said Marta Villanueva, Chairperson of the Coastal Safety Board.

            The office will enforce Republic Act No. 11920, the Ferry Safety Act, which took effect in January.
            """),
        Doc("ferry-operator-charged", "Ferry operator charged after capsizing", new DateOnly(2024, 3, 18),
            """
            PORT AMARO – Prosecutors on March 15, 2024 charged ferry operator Daniel Ocampo Jr. with reckless imprudence after the MV Estrella capsized.

            The CSB said the vessel had sailed without a permit. "The rules were clear," Villanueva said.

            Ocampo's lawyer, Atty. Lucia Ferrer, said her client would plead not guilty.
            """),
        Doc("ferry-act-amended", "Senate amends Ferry Safety Act", new DateOnly(2024, 5, 2),
            """
            MANILA – The Senate passed Republic Act No. 12001, which amends Republic Act No. 11920, the Ferry Safety Act, on Thursday.

            Senator Paolo Reyes, who sponsored the bill, said the amendment raises fines for operators who sail in storms.

            "No fare is worth a life," Reyes said on May 1, 2024.
            """),
        Doc("operator-arraigned", "Daniel Ocampo pleads not guilty", new DateOnly(2024, 4, 9),
            """
            PORT AMARO – Daniel Ocampo pleaded not guilty on Tuesday to charges over the capsizing of the MV Estrella.

            Judge Ramon Santos of the Port Amaro Regional Trial Court set the next hearing for June.

            Marta Villanueva of the Coastal Safety Board attended the hearing.
            """),
        Doc("fishers-alliance", "Fishers' alliance joins coastal coalition", new DateOnly(2024, 6, 20),
            """
            The Northern Fishers Alliance became a founding member of the Coastal Rights Coalition, its president Elena Cruz said on Friday.

            "Our boats are small, but our voice is not," Cruz said.

            The coalition will ask the Coastal Safety Board to publish its inspection records.
            """),
        Doc("no-date-brief", null, null,
            """
            The Coastal Safety Board inspected 40 ferries last month, Villanueva told reporters.

            Elena Cruz said the inspections were "long overdue".
            """),
    ];

    /// <summary>
    /// <paramref name="count"/> small documents from a template, each naming its own people and a shared
    /// board: many quick batches for the specs that interrupt a run.
    /// </summary>
    public static ImmutableArray<SourceDocument> Many(int count) =>
        Enumerable.Range(1, count).Select(i => Doc($"brief-{i:D4}", $"Inspection report {i}", new DateOnly(2024, 1 + i % 12, 1 + i % 28),
            $"""
            PORT AMARO – Inspector {Surname(i)} of the Coastal Safety Board found {i % 7 + 1} faults on the ferry MV Number {i}, the board said on Monday.

            "The owner must repair the hull before any trip," said {Given(i)} {Surname(i)}, Chief Inspector of the Coastal Safety Board.
            """)).ToImmutableArray();

    private static readonly string[] Givens = ["Ana", "Bruno", "Carla", "Diego", "Elisa", "Fidel", "Gloria", "Hector", "Irene", "Julio"];
    private static readonly string[] Surnames = ["Abad", "Bautista", "Castro", "Dizon", "Estrada", "Flores", "Garcia", "Herrera", "Ibarra", "Jimenez", "Lopez"];

    private static string Given(int i) => Givens[i % Givens.Length];

    private static string Surname(int i) => Surnames[(i / Givens.Length) % Surnames.Length];

    private static SourceDocument Doc(string id, string? title, DateOnly? published, string body) =>
        new(id, body, BodyFormat.PlainText, new DocumentOrigin($"invented/{id}.txt"))
        {
            Title = title,
            Published = published,
            Author = id.Length % 2 == 0 ? "Desk Reporter" : null,
            Tags = id.Contains("ferry", StringComparison.Ordinal) ? ["ferries", "safety"] : [],
        };
}
