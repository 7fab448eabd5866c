using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DefenceTies.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applied_seeds",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applied_seeds", x => x.key);
                    table.CheckConstraint("ck_applied_seeds_key_characters", "NOT (key ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_applied_seeds_key_not_blank", "(key <> '' AND NOT (substr(key, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(key, length(key), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(key) <= 150)");
                    table.CheckConstraint("ck_applied_seeds_key_visible", "key ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                });

            migrationBuilder.CreateTable(
                name: "source_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    published_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    text = table.Column<string>(type: "text", nullable: false),
                    content_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_documents", x => x.id);
                    table.CheckConstraint("ck_source_documents_content_sha256", "length(content_sha256) = 64");
                    table.CheckConstraint("ck_source_documents_key_characters", "NOT (key ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_source_documents_key_not_blank", "(key <> '' AND NOT (substr(key, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(key, length(key), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(key) <= 100)");
                    table.CheckConstraint("ck_source_documents_key_visible", "key ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_source_documents_origin", "origin IN ('NewsReport', 'ReferenceData')");
                    table.CheckConstraint("ck_source_documents_published_on_format", "CASE WHEN published_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(published_on) < 10 OR substr(published_on, 9, 2) <= CASE substr(published_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(published_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(published_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(published_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.CheckConstraint("ck_source_documents_text_characters", "NOT (text ~ '[\\u0001-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F]')");
                    table.CheckConstraint("ck_source_documents_text_not_blank", "(text <> '')");
                    table.CheckConstraint("ck_source_documents_text_visible", "text ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_source_documents_title_characters", "title IS NULL OR NOT (title ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_source_documents_title_not_blank", "title IS NULL OR (title <> '' AND NOT (substr(title, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(title, length(title), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(title) <= 500)");
                    table.CheckConstraint("ck_source_documents_title_visible", "title IS NULL OR title ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                });

            migrationBuilder.CreateTable(
                name: "citations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_document_id = table.Column<int>(type: "integer", nullable: false),
                    passage = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    start_index = table.Column<int>(type: "integer", nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    support = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    corroborates_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_citations", x => x.id);
                    table.CheckConstraint("ck_citations_corroborates_other", "corroborates_id IS NULL OR corroborates_id <> id");
                    table.CheckConstraint("ck_citations_implied_note", "support <> 'Implied' OR note IS NOT NULL");
                    table.CheckConstraint("ck_citations_length", "length = length(passage) OR (passage ~ '[\\U00010000-\\U0010FFFF]' AND length > length(passage) AND length <= 2 * length(passage))");
                    table.CheckConstraint("ck_citations_note_characters", "note IS NULL OR NOT (note ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_citations_note_not_blank", "note IS NULL OR (note <> '' AND NOT (substr(note, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(note, length(note), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(note) <= 1000)");
                    table.CheckConstraint("ck_citations_note_visible", "note IS NULL OR note ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_citations_passage_characters", "NOT (passage ~ '[\\u0001-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F]')");
                    table.CheckConstraint("ck_citations_passage_not_blank", "(passage <> '' AND NOT (substr(passage, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(passage, length(passage), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(passage) <= 2000)");
                    table.CheckConstraint("ck_citations_passage_visible", "passage ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_citations_start_index", "start_index >= 0");
                    table.CheckConstraint("ck_citations_support", "support IN ('Stated', 'Implied', 'Reference')");
                    table.ForeignKey(
                        name: "fk_citations_citations_corroborates_id",
                        column: x => x.corroborates_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_citations_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cooperation_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cooperation_areas", x => x.id);
                    table.CheckConstraint("ck_cooperation_areas_name_characters", "NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_cooperation_areas_name_not_blank", "(name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 200)");
                    table.CheckConstraint("ck_cooperation_areas_name_visible", "name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_cooperation_areas_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "engagements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    held_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagements", x => x.id);
                    table.CheckConstraint("ck_engagements_held_on_format", "CASE WHEN held_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(held_on) < 10 OR substr(held_on, 9, 2) <= CASE substr(held_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(held_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(held_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(held_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.CheckConstraint("ck_engagements_kind", "kind IN ('Talks', 'Meeting', 'Visit', 'Dialogue')");
                    table.CheckConstraint("ck_engagements_subject_characters", "NOT (subject ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_engagements_subject_not_blank", "(subject <> '' AND NOT (substr(subject, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(subject, length(subject), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(subject) <= 500)");
                    table.CheckConstraint("ck_engagements_subject_visible", "subject ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_engagements_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "military_exercises",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    started_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    ended_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_military_exercises", x => x.id);
                    table.CheckConstraint("ck_military_exercises_ended_on_format", "ended_on IS NULL OR CASE WHEN ended_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(ended_on) < 10 OR substr(ended_on, 9, 2) <= CASE substr(ended_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(ended_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(ended_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(ended_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.CheckConstraint("ck_military_exercises_ended_on_not_before_started_on", "ended_on IS NULL OR started_on IS NULL OR ended_on >= substr(started_on, 1, length(ended_on))");
                    table.CheckConstraint("ck_military_exercises_name_characters", "NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_military_exercises_name_not_blank", "(name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 200)");
                    table.CheckConstraint("ck_military_exercises_name_visible", "name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_military_exercises_started_on_format", "started_on IS NULL OR CASE WHEN started_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(started_on) < 10 OR substr(started_on, 9, 2) <= CASE substr(started_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(started_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(started_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(started_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.ForeignKey(
                        name: "fk_military_exercises_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    alpha2_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    alpha3_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    numeric_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    correlates_of_war_code = table.Column<int>(type: "integer", nullable: true),
                    correlates_of_war_abbreviation = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    gleditsch_ward_code = table.Column<int>(type: "integer", nullable: true),
                    gleditsch_ward_abbreviation = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nations", x => x.id);
                    table.CheckConstraint("ck_nations_alpha2_code", "alpha2_code ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_nations_alpha3_code", "alpha3_code ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_nations_correlates_of_war_abbreviation", "correlates_of_war_abbreviation IS NULL OR correlates_of_war_abbreviation ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_nations_correlates_of_war_code", "correlates_of_war_code IS NULL OR correlates_of_war_code BETWEEN 1 AND 999");
                    table.CheckConstraint("ck_nations_correlates_of_war_code_paired", "(correlates_of_war_code IS NULL AND correlates_of_war_abbreviation IS NULL) OR (correlates_of_war_code IS NOT NULL AND correlates_of_war_abbreviation IS NOT NULL)");
                    table.CheckConstraint("ck_nations_gleditsch_ward_abbreviation", "gleditsch_ward_abbreviation IS NULL OR gleditsch_ward_abbreviation ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_nations_gleditsch_ward_code", "gleditsch_ward_code IS NULL OR gleditsch_ward_code BETWEEN 1 AND 999");
                    table.CheckConstraint("ck_nations_gleditsch_ward_code_paired", "(gleditsch_ward_code IS NULL AND gleditsch_ward_abbreviation IS NULL) OR (gleditsch_ward_code IS NOT NULL AND gleditsch_ward_abbreviation IS NOT NULL)");
                    table.CheckConstraint("ck_nations_name_characters", "NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_nations_name_not_blank", "(name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 200)");
                    table.CheckConstraint("ck_nations_name_visible", "name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_nations_numeric_code", "numeric_code ~ '^[0-9]{3}$'");
                    table.ForeignKey(
                        name: "fk_nations_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rank = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                    table.CheckConstraint("ck_people_name_characters", "NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_people_name_not_blank", "(name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 200)");
                    table.CheckConstraint("ck_people_name_visible", "name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_people_rank_characters", "rank IS NULL OR NOT (rank ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_people_rank_not_blank", "rank IS NULL OR (rank <> '' AND NOT (substr(rank, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(rank, length(rank), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(rank) <= 50)");
                    table.CheckConstraint("ck_people_rank_visible", "rank IS NULL OR rank ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_people_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
                    table.CheckConstraint("ck_regions_kind", "kind IN ('MaritimeArea', 'GeopoliticalRegion')");
                    table.CheckConstraint("ck_regions_name_characters", "NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_regions_name_not_blank", "(name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 200)");
                    table.CheckConstraint("ck_regions_name_visible", "name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_regions_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "security_issues",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_security_issues", x => x.id);
                    table.CheckConstraint("ck_security_issues_name_characters", "NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_security_issues_name_not_blank", "(name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 200)");
                    table.CheckConstraint("ck_security_issues_name_visible", "name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_security_issues_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    significance = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    concluded_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    entered_into_force_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    ended_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    engagement_id = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.id);
                    table.CheckConstraint("ck_agreements_concluded_on_format", "concluded_on IS NULL OR CASE WHEN concluded_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(concluded_on) < 10 OR substr(concluded_on, 9, 2) <= CASE substr(concluded_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(concluded_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(concluded_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(concluded_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.CheckConstraint("ck_agreements_ended_on_format", "ended_on IS NULL OR CASE WHEN ended_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(ended_on) < 10 OR substr(ended_on, 9, 2) <= CASE substr(ended_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(ended_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(ended_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(ended_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.CheckConstraint("ck_agreements_ended_on_not_before_concluded_on", "ended_on IS NULL OR concluded_on IS NULL OR ended_on >= substr(concluded_on, 1, length(ended_on))");
                    table.CheckConstraint("ck_agreements_ended_on_not_before_entered_into_force_on", "ended_on IS NULL OR entered_into_force_on IS NULL OR ended_on >= substr(entered_into_force_on, 1, length(ended_on))");
                    table.CheckConstraint("ck_agreements_entered_into_force_on_format", "entered_into_force_on IS NULL OR CASE WHEN entered_into_force_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(entered_into_force_on) < 10 OR substr(entered_into_force_on, 9, 2) <= CASE substr(entered_into_force_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(entered_into_force_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(entered_into_force_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(entered_into_force_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.CheckConstraint("ck_agreements_entered_into_force_on_not_before_concluded_on", "entered_into_force_on IS NULL OR concluded_on IS NULL OR entered_into_force_on >= substr(concluded_on, 1, length(entered_into_force_on))");
                    table.CheckConstraint("ck_agreements_kind", "kind IN ('MemorandumOfUnderstanding', 'DecisionToEstablish', 'Treaty', 'JointDeclaration', 'Other')");
                    table.CheckConstraint("ck_agreements_significance_characters", "significance IS NULL OR NOT (significance ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_agreements_significance_not_blank", "significance IS NULL OR (significance <> '' AND NOT (substr(significance, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(significance, length(significance), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(significance) <= 500)");
                    table.CheckConstraint("ck_agreements_significance_visible", "significance IS NULL OR significance ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_agreements_status", "status IN ('Agreed', 'Signed', 'InForce', 'Ended')");
                    table.CheckConstraint("ck_agreements_subject_characters", "NOT (subject ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_agreements_subject_not_blank", "(subject <> '' AND NOT (substr(subject, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(subject, length(subject), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(subject) <= 500)");
                    table.CheckConstraint("ck_agreements_subject_visible", "subject ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_agreements_title_characters", "title IS NULL OR NOT (title ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_agreements_title_not_blank", "title IS NULL OR (title <> '' AND NOT (substr(title, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(title, length(title), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(title) <= 300)");
                    table.CheckConstraint("ck_agreements_title_visible", "title IS NULL OR title ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_agreements_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreements_engagements_engagement_id",
                        column: x => x.engagement_id,
                        principalTable: "engagements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "engagement_topics",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    engagement_id = table.Column<int>(type: "integer", nullable: false),
                    cooperation_area_id = table.Column<int>(type: "integer", nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_topics", x => x.id);
                    table.ForeignKey(
                        name: "fk_engagement_topics_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_engagement_topics_cooperation_areas_cooperation_area_id",
                        column: x => x.cooperation_area_id,
                        principalTable: "cooperation_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_engagement_topics_engagements_engagement_id",
                        column: x => x.engagement_id,
                        principalTable: "engagements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    engagement_id = table.Column<int>(type: "integer", nullable: false),
                    nation_id = table.Column<int>(type: "integer", nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegations", x => x.id);
                    table.ForeignKey(
                        name: "fk_delegations_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegations_engagements_engagement_id",
                        column: x => x.engagement_id,
                        principalTable: "engagements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegations_nations_nation_id",
                        column: x => x.nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "national_aims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    nation_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_aims", x => x.id);
                    table.CheckConstraint("ck_national_aims_description_characters", "NOT (description ~ '[\\u0001-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F]')");
                    table.CheckConstraint("ck_national_aims_description_not_blank", "(description <> '' AND NOT (substr(description, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(description, length(description), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(description) <= 1000)");
                    table.CheckConstraint("ck_national_aims_description_visible", "description ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_national_aims_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_national_aims_nations_nation_id",
                        column: x => x.nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    nation_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    host_nation_id = table.Column<int>(type: "integer", nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.CheckConstraint("ck_organisations_host_nation_id_differs", "host_nation_id <> nation_id");
                    table.CheckConstraint("ck_organisations_kind", "kind IN ('DefenceMinistry', 'ArmedForces', 'Army', 'Navy', 'AirForce', 'Embassy', 'GovernmentBody')");
                    table.CheckConstraint("ck_organisations_name_characters", "name IS NULL OR NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_organisations_name_not_blank", "name IS NULL OR (name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 200)");
                    table.CheckConstraint("ck_organisations_name_visible", "name IS NULL OR name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_organisations_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organisations_nations_host_nation_id",
                        column: x => x.host_nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organisations_nations_nation_id",
                        column: x => x.nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "policies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    nation_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    aim = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policies", x => x.id);
                    table.CheckConstraint("ck_policies_aim_characters", "aim IS NULL OR NOT (aim ~ '[\\u0001-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F]')");
                    table.CheckConstraint("ck_policies_aim_not_blank", "aim IS NULL OR (aim <> '' AND NOT (substr(aim, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(aim, length(aim), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(aim) <= 1000)");
                    table.CheckConstraint("ck_policies_aim_visible", "aim IS NULL OR aim ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_policies_name_characters", "NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_policies_name_not_blank", "(name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 200)");
                    table.CheckConstraint("ck_policies_name_visible", "name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_policies_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_policies_nations_nation_id",
                        column: x => x.nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nation_relations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject_nation_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    counterpart_nation_id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nation_relations", x => x.id);
                    table.CheckConstraint("ck_nation_relations_counterpart_nation_id_differs", "counterpart_nation_id <> subject_nation_id");
                    table.CheckConstraint("ck_nation_relations_kind", "kind IN ('MaritimeNeighbour', 'LandNeighbour', 'ValuedPartner', 'SharedThreatPerception', 'GrowingDefenceTies')");
                    table.ForeignKey(
                        name: "fk_nation_relations_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_nation_relations_nations_counterpart_nation_id",
                        column: x => x.counterpart_nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_nation_relations_nations_subject_nation_id",
                        column: x => x.subject_nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_nation_relations_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "security_issue_regions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    security_issue_id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_security_issue_regions", x => x.id);
                    table.ForeignKey(
                        name: "fk_security_issue_regions_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_security_issue_regions_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_security_issue_regions_security_issues_security_issue_id",
                        column: x => x.security_issue_id,
                        principalTable: "security_issues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreement_parties",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agreement_id = table.Column<int>(type: "integer", nullable: false),
                    nation_id = table.Column<int>(type: "integer", nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_parties", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_parties_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_parties_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_parties_nations_nation_id",
                        column: x => x.nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "working_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    mandate = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    established_by_agreement_id = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_groups", x => x.id);
                    table.CheckConstraint("ck_working_groups_mandate_characters", "NOT (mandate ~ '[\\u0001-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F]')");
                    table.CheckConstraint("ck_working_groups_mandate_not_blank", "(mandate <> '' AND NOT (substr(mandate, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(mandate, length(mandate), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(mandate) <= 1000)");
                    table.CheckConstraint("ck_working_groups_mandate_visible", "mandate ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_working_groups_name_characters", "name IS NULL OR NOT (name ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_working_groups_name_not_blank", "name IS NULL OR (name <> '' AND NOT (substr(name, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(name, length(name), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(name) <= 300)");
                    table.CheckConstraint("ck_working_groups_name_visible", "name IS NULL OR name ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_working_groups_status", "status IN ('Planned', 'Active', 'Dissolved')");
                    table.ForeignKey(
                        name: "fk_working_groups_agreements_established_by_agreement_id",
                        column: x => x.established_by_agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_working_groups_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exercise_participants",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    exercise_id = table.Column<int>(type: "integer", nullable: false),
                    nation_id = table.Column<int>(type: "integer", nullable: false),
                    service_organisation_id = table.Column<int>(type: "integer", nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exercise_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_exercise_participants_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exercise_participants_military_exercises_exercise_id",
                        column: x => x.exercise_id,
                        principalTable: "military_exercises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exercise_participants_nations_nation_id",
                        column: x => x.nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exercise_participants_organisations_service_organisation_id",
                        column: x => x.service_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "posts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    nation_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    accredited_to_id = table.Column<int>(type: "integer", nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posts", x => x.id);
                    table.CheckConstraint("ck_posts_accredited_to_id_differs", "accredited_to_id <> nation_id");
                    table.CheckConstraint("ck_posts_title_characters", "NOT (title ~ '[\\u0001-\\u001F\\u007F-\\u009F\\u2028-\\u2029]')");
                    table.CheckConstraint("ck_posts_title_not_blank", "(title <> '' AND NOT (substr(title, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(title, length(title), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(title) <= 200)");
                    table.CheckConstraint("ck_posts_title_visible", "title ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.ForeignKey(
                        name: "fk_posts_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_posts_nations_accredited_to_id",
                        column: x => x.accredited_to_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_posts_nations_nation_id",
                        column: x => x.nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_posts_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    made_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    speaker_person_id = table.Column<int>(type: "integer", nullable: true),
                    speaker_organisation_id = table.Column<int>(type: "integer", nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statements", x => x.id);
                    table.CheckConstraint("ck_statements_content_characters", "NOT (content ~ '[\\u0001-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F]')");
                    table.CheckConstraint("ck_statements_content_not_blank", "(content <> '' AND NOT (substr(content, 1, 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]' OR substr(content, length(content), 1) ~ '[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]') AND length(content) <= 2000)");
                    table.CheckConstraint("ck_statements_content_visible", "content ~ '[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F-\\u1160\\u1680\\u17B4-\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0000-\\U000E0FFF]'");
                    table.CheckConstraint("ck_statements_form", "form IN ('DirectQuotation', 'ReportedSpeech')");
                    table.CheckConstraint("ck_statements_made_on_format", "made_on IS NULL OR CASE WHEN made_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(made_on) < 10 OR substr(made_on, 9, 2) <= CASE substr(made_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(made_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(made_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(made_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.CheckConstraint("ck_statements_one_speaker", "(speaker_person_id IS NULL AND speaker_organisation_id IS NOT NULL) OR (speaker_person_id IS NOT NULL AND speaker_organisation_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_statements_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_statements_organisations_speaker_organisation_id",
                        column: x => x.speaker_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_statements_people_speaker_person_id",
                        column: x => x.speaker_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "policy_links",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    from_policy_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_policy_id = table.Column<int>(type: "integer", nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_links", x => x.id);
                    table.CheckConstraint("ck_policy_links_kind", "kind IN ('Complements', 'Supersedes', 'PartOf')");
                    table.CheckConstraint("ck_policy_links_to_policy_id_differs", "to_policy_id <> from_policy_id");
                    table.ForeignKey(
                        name: "fk_policy_links_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_policy_links_policies_from_policy_id",
                        column: x => x.from_policy_id,
                        principalTable: "policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_policy_links_policies_to_policy_id",
                        column: x => x.to_policy_id,
                        principalTable: "policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "policy_partners",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    policy_id = table.Column<int>(type: "integer", nullable: false),
                    partner_nation_id = table.Column<int>(type: "integer", nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_partners", x => x.id);
                    table.ForeignKey(
                        name: "fk_policy_partners_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_policy_partners_nations_partner_nation_id",
                        column: x => x.partner_nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_policy_partners_policies_policy_id",
                        column: x => x.policy_id,
                        principalTable: "policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "working_group_focus_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    working_group_id = table.Column<int>(type: "integer", nullable: false),
                    cooperation_area_id = table.Column<int>(type: "integer", nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_group_focus_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_working_group_focus_areas_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_working_group_focus_areas_cooperation_areas_cooperation_are",
                        column: x => x.cooperation_area_id,
                        principalTable: "cooperation_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_working_group_focus_areas_working_groups_working_group_id",
                        column: x => x.working_group_id,
                        principalTable: "working_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "working_group_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    working_group_id = table.Column<int>(type: "integer", nullable: false),
                    nation_id = table.Column<int>(type: "integer", nullable: false),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_group_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_working_group_members_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_working_group_members_nations_nation_id",
                        column: x => x.nation_id,
                        principalTable: "nations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_working_group_members_working_groups_working_group_id",
                        column: x => x.working_group_id,
                        principalTable: "working_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegation_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delegation_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    capacity_post_id = table.Column<int>(type: "integer", nullable: true),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegation_members", x => x.id);
                    table.CheckConstraint("ck_delegation_members_role", "role IN ('Leader', 'Member')");
                    table.ForeignKey(
                        name: "fk_delegation_members_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegation_members_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegation_members_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegation_members_posts_capacity_post_id",
                        column: x => x.capacity_post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "post_holdings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    post_id = table.Column<int>(type: "integer", nullable: false),
                    started_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    ended_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    citation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_holdings", x => x.id);
                    table.CheckConstraint("ck_post_holdings_ended_on_format", "ended_on IS NULL OR CASE WHEN ended_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(ended_on) < 10 OR substr(ended_on, 9, 2) <= CASE substr(ended_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(ended_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(ended_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(ended_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.CheckConstraint("ck_post_holdings_ended_on_not_before_started_on", "ended_on IS NULL OR started_on IS NULL OR ended_on >= substr(started_on, 1, length(ended_on))");
                    table.CheckConstraint("ck_post_holdings_started_on_format", "started_on IS NULL OR CASE WHEN started_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' THEN length(started_on) < 10 OR substr(started_on, 9, 2) <= CASE substr(started_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(started_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(started_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(started_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END");
                    table.ForeignKey(
                        name: "fk_post_holdings_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_post_holdings_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_post_holdings_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "citation_claims",
                columns: table => new
                {
                    citation_id = table.Column<int>(type: "integer", nullable: false),
                    statement_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_citation_claims", x => x.citation_id);
                    table.ForeignKey(
                        name: "fk_citation_claims_citations_citation_id",
                        column: x => x.citation_id,
                        principalTable: "citations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_citation_claims_statements_statement_id",
                        column: x => x.statement_id,
                        principalTable: "statements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_parties_agreement_id_nation_id",
                table: "agreement_parties",
                columns: new[] { "agreement_id", "nation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreement_parties_citation_id",
                table: "agreement_parties",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_parties_nation_id_agreement_id",
                table: "agreement_parties",
                columns: new[] { "nation_id", "agreement_id" });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_citation_id",
                table: "agreements",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_concluded_on",
                table: "agreements",
                column: "concluded_on");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_engagement_id",
                table: "agreements",
                column: "engagement_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_entered_into_force_on_concluded_on",
                table: "agreements",
                columns: new[] { "entered_into_force_on", "concluded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_citation_claims_statement_id",
                table: "citation_claims",
                column: "statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_citations_corroborates_id",
                table: "citations",
                column: "corroborates_id",
                filter: "corroborates_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_citations_source_document_id_start_index",
                table: "citations",
                columns: new[] { "source_document_id", "start_index" });

            migrationBuilder.CreateIndex(
                name: "ix_cooperation_areas_citation_id",
                table: "cooperation_areas",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_cooperation_areas_name",
                table: "cooperation_areas",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_delegation_members_capacity_post_id",
                table: "delegation_members",
                column: "capacity_post_id");

            migrationBuilder.CreateIndex(
                name: "ix_delegation_members_citation_id",
                table: "delegation_members",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_delegation_members_delegation_id_person_id",
                table: "delegation_members",
                columns: new[] { "delegation_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_delegation_members_person_id",
                table: "delegation_members",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ux_delegation_members_one_leader",
                table: "delegation_members",
                column: "delegation_id",
                unique: true,
                filter: "role = 'Leader'");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_citation_id",
                table: "delegations",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_engagement_id_nation_id",
                table: "delegations",
                columns: new[] { "engagement_id", "nation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_delegations_nation_id",
                table: "delegations",
                column: "nation_id");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_topics_citation_id",
                table: "engagement_topics",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_topics_cooperation_area_id",
                table: "engagement_topics",
                column: "cooperation_area_id");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_topics_engagement_id_cooperation_area_id",
                table: "engagement_topics",
                columns: new[] { "engagement_id", "cooperation_area_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_engagements_citation_id",
                table: "engagements",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_engagements_held_on",
                table: "engagements",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_exercise_participants_citation_id",
                table: "exercise_participants",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_exercise_participants_exercise_id_nation_id",
                table: "exercise_participants",
                columns: new[] { "exercise_id", "nation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exercise_participants_nation_id_exercise_id",
                table: "exercise_participants",
                columns: new[] { "nation_id", "exercise_id" });

            migrationBuilder.CreateIndex(
                name: "ix_exercise_participants_service_organisation_id",
                table: "exercise_participants",
                column: "service_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_military_exercises_citation_id",
                table: "military_exercises",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_military_exercises_name",
                table: "military_exercises",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nation_relations_citation_id",
                table: "nation_relations",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_nation_relations_counterpart_nation_id",
                table: "nation_relations",
                column: "counterpart_nation_id");

            migrationBuilder.CreateIndex(
                name: "ix_nation_relations_region_id",
                table: "nation_relations",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_nation_relations_subject_nation_id_kind_counterpart_nation_",
                table: "nation_relations",
                columns: new[] { "subject_nation_id", "kind", "counterpart_nation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_national_aims_citation_id",
                table: "national_aims",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_national_aims_nation_id",
                table: "national_aims",
                column: "nation_id");

            migrationBuilder.CreateIndex(
                name: "ix_nations_alpha2_code",
                table: "nations",
                column: "alpha2_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nations_alpha3_code",
                table: "nations",
                column: "alpha3_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nations_citation_id",
                table: "nations",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_nations_correlates_of_war_abbreviation",
                table: "nations",
                column: "correlates_of_war_abbreviation",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nations_correlates_of_war_code",
                table: "nations",
                column: "correlates_of_war_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nations_gleditsch_ward_abbreviation",
                table: "nations",
                column: "gleditsch_ward_abbreviation",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nations_gleditsch_ward_code",
                table: "nations",
                column: "gleditsch_ward_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nations_name",
                table: "nations",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nations_numeric_code",
                table: "nations",
                column: "numeric_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_citation_id",
                table: "organisations",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_host_nation_id",
                table: "organisations",
                column: "host_nation_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_nation_id_kind",
                table: "organisations",
                columns: new[] { "nation_id", "kind" },
                unique: true,
                filter: "name IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_nation_id_name",
                table: "organisations",
                columns: new[] { "nation_id", "name" },
                unique: true,
                filter: "name IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_citation_id",
                table: "people",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_people_name",
                table: "people",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_policies_citation_id",
                table: "policies",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_policies_nation_id_name",
                table: "policies",
                columns: new[] { "nation_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_policy_links_citation_id",
                table: "policy_links",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_links_from_policy_id_kind_to_policy_id",
                table: "policy_links",
                columns: new[] { "from_policy_id", "kind", "to_policy_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_policy_links_to_policy_id_kind",
                table: "policy_links",
                columns: new[] { "to_policy_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_policy_partners_citation_id",
                table: "policy_partners",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_partners_partner_nation_id",
                table: "policy_partners",
                column: "partner_nation_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_partners_policy_id_partner_nation_id",
                table: "policy_partners",
                columns: new[] { "policy_id", "partner_nation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_post_holdings_citation_id",
                table: "post_holdings",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_post_holdings_person_id_post_id",
                table: "post_holdings",
                columns: new[] { "person_id", "post_id" });

            migrationBuilder.CreateIndex(
                name: "ix_post_holdings_post_id",
                table: "post_holdings",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_posts_accredited_to_id",
                table: "posts",
                column: "accredited_to_id");

            migrationBuilder.CreateIndex(
                name: "ix_posts_citation_id",
                table: "posts",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_posts_nation_id_title",
                table: "posts",
                columns: new[] { "nation_id", "title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_posts_organisation_id",
                table: "posts",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_regions_citation_id",
                table: "regions",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_regions_name",
                table: "regions",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_security_issue_regions_citation_id",
                table: "security_issue_regions",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_security_issue_regions_region_id_security_issue_id",
                table: "security_issue_regions",
                columns: new[] { "region_id", "security_issue_id" });

            migrationBuilder.CreateIndex(
                name: "ix_security_issue_regions_security_issue_id_region_id",
                table: "security_issue_regions",
                columns: new[] { "security_issue_id", "region_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_security_issues_citation_id",
                table: "security_issues",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_security_issues_name",
                table: "security_issues",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_documents_key",
                table: "source_documents",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statements_citation_id",
                table: "statements",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_statements_speaker_organisation_id",
                table: "statements",
                column: "speaker_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_statements_speaker_person_id",
                table: "statements",
                column: "speaker_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_group_focus_areas_citation_id",
                table: "working_group_focus_areas",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_group_focus_areas_cooperation_area_id_working_group",
                table: "working_group_focus_areas",
                columns: new[] { "cooperation_area_id", "working_group_id" });

            migrationBuilder.CreateIndex(
                name: "ix_working_group_focus_areas_working_group_id_cooperation_area",
                table: "working_group_focus_areas",
                columns: new[] { "working_group_id", "cooperation_area_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_working_group_members_citation_id",
                table: "working_group_members",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_group_members_nation_id",
                table: "working_group_members",
                column: "nation_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_group_members_working_group_id_nation_id",
                table: "working_group_members",
                columns: new[] { "working_group_id", "nation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_working_groups_citation_id",
                table: "working_groups",
                column: "citation_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_groups_established_by_agreement_id",
                table: "working_groups",
                column: "established_by_agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_groups_name",
                table: "working_groups",
                column: "name",
                unique: true,
                filter: "name IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_parties");

            migrationBuilder.DropTable(
                name: "applied_seeds");

            migrationBuilder.DropTable(
                name: "citation_claims");

            migrationBuilder.DropTable(
                name: "delegation_members");

            migrationBuilder.DropTable(
                name: "engagement_topics");

            migrationBuilder.DropTable(
                name: "exercise_participants");

            migrationBuilder.DropTable(
                name: "nation_relations");

            migrationBuilder.DropTable(
                name: "national_aims");

            migrationBuilder.DropTable(
                name: "policy_links");

            migrationBuilder.DropTable(
                name: "policy_partners");

            migrationBuilder.DropTable(
                name: "post_holdings");

            migrationBuilder.DropTable(
                name: "security_issue_regions");

            migrationBuilder.DropTable(
                name: "working_group_focus_areas");

            migrationBuilder.DropTable(
                name: "working_group_members");

            migrationBuilder.DropTable(
                name: "statements");

            migrationBuilder.DropTable(
                name: "delegations");

            migrationBuilder.DropTable(
                name: "military_exercises");

            migrationBuilder.DropTable(
                name: "policies");

            migrationBuilder.DropTable(
                name: "posts");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "security_issues");

            migrationBuilder.DropTable(
                name: "cooperation_areas");

            migrationBuilder.DropTable(
                name: "working_groups");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "nations");

            migrationBuilder.DropTable(
                name: "engagements");

            migrationBuilder.DropTable(
                name: "citations");

            migrationBuilder.DropTable(
                name: "source_documents");
        }
    }
}
