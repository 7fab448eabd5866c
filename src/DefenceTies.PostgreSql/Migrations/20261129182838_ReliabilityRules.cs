using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefenceTies.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReliabilityRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_working_groups_mandate_not_blank",
                table: "working_groups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_working_groups_name_not_blank",
                table: "working_groups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_statements_content_not_blank",
                table: "statements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_statements_made_on_format",
                table: "statements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_key_not_blank",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_published_on_format",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_title_not_blank",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_security_issues_name_not_blank",
                table: "security_issues");

            migrationBuilder.DropCheckConstraint(
                name: "ck_regions_name_not_blank",
                table: "regions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_posts_title_not_blank",
                table: "posts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_post_holdings_ended_on_format",
                table: "post_holdings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_post_holdings_started_on_format",
                table: "post_holdings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_policies_aim_not_blank",
                table: "policies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_policies_name_not_blank",
                table: "policies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_people_name_not_blank",
                table: "people");

            migrationBuilder.DropCheckConstraint(
                name: "ck_people_rank_not_blank",
                table: "people");

            migrationBuilder.DropCheckConstraint(
                name: "ck_organisations_name_not_blank",
                table: "organisations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_nations_name_not_blank",
                table: "nations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_national_aims_description_not_blank",
                table: "national_aims");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_ended_on_format",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_name_not_blank",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_started_on_format",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_engagements_held_on_format",
                table: "engagements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_engagements_subject_not_blank",
                table: "engagements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_cooperation_areas_name_not_blank",
                table: "cooperation_areas");

            migrationBuilder.DropCheckConstraint(
                name: "ck_citations_passage_not_blank",
                table: "citations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_applied_seeds_key_not_blank",
                table: "applied_seeds");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_concluded_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_ended_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_entered_into_force_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_subject_not_blank",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_title_not_blank",
                table: "agreements");

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "working_groups",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "post_holdings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "agreements",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_groups_mandate_not_blank",
                table: "working_groups",
                sql: "mandate <> '' AND mandate = trim(mandate) AND length(mandate) <= 1000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_groups_name_not_blank",
                table: "working_groups",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 300");

            migrationBuilder.AddCheckConstraint(
                name: "ck_statements_content_not_blank",
                table: "statements",
                sql: "content <> '' AND content = trim(content) AND length(content) <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_statements_made_on_format",
                table: "statements",
                sql: "made_on IS NULL OR made_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_key_not_blank",
                table: "source_documents",
                sql: "key <> '' AND key = trim(key) AND length(key) <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_published_on_format",
                table: "source_documents",
                sql: "published_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_title_not_blank",
                table: "source_documents",
                sql: "title IS NULL OR (title <> '' AND title = trim(title) AND length(title) <= 500)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_security_issues_name_not_blank",
                table: "security_issues",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_regions_name_not_blank",
                table: "regions",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_posts_title_not_blank",
                table: "posts",
                sql: "title <> '' AND title = trim(title) AND length(title) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_post_holdings_ended_on_format",
                table: "post_holdings",
                sql: "ended_on IS NULL OR ended_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_post_holdings_started_on_format",
                table: "post_holdings",
                sql: "started_on IS NULL OR started_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_policies_aim_not_blank",
                table: "policies",
                sql: "aim IS NULL OR (aim <> '' AND aim = trim(aim) AND length(aim) <= 1000)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_policies_name_not_blank",
                table: "policies",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_people_name_not_blank",
                table: "people",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_people_rank_not_blank",
                table: "people",
                sql: "rank IS NULL OR (rank <> '' AND rank = trim(rank) AND length(rank) <= 50)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_organisations_name_not_blank",
                table: "organisations",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_nations_name_not_blank",
                table: "nations",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_national_aims_description_not_blank",
                table: "national_aims",
                sql: "description <> '' AND description = trim(description) AND length(description) <= 1000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_ended_on_format",
                table: "military_exercises",
                sql: "ended_on IS NULL OR ended_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_name_not_blank",
                table: "military_exercises",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_started_on_format",
                table: "military_exercises",
                sql: "started_on IS NULL OR started_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_engagements_held_on_format",
                table: "engagements",
                sql: "held_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_engagements_subject_not_blank",
                table: "engagements",
                sql: "subject <> '' AND subject = trim(subject) AND length(subject) <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "ck_cooperation_areas_name_not_blank",
                table: "cooperation_areas",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_citations_passage_not_blank",
                table: "citations",
                sql: "passage <> '' AND passage = trim(passage) AND length(passage) <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_applied_seeds_key_not_blank",
                table: "applied_seeds",
                sql: "key <> '' AND key = trim(key) AND length(key) <= 150");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_concluded_on_format",
                table: "agreements",
                sql: "concluded_on IS NULL OR concluded_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_ended_on_format",
                table: "agreements",
                sql: "ended_on IS NULL OR ended_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_entered_into_force_on_format",
                table: "agreements",
                sql: "entered_into_force_on IS NULL OR entered_into_force_on ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_subject_not_blank",
                table: "agreements",
                sql: "subject <> '' AND subject = trim(subject) AND length(subject) <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_title_not_blank",
                table: "agreements",
                sql: "title <> '' AND title = trim(title) AND length(title) <= 300");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_working_groups_mandate_not_blank",
                table: "working_groups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_working_groups_name_not_blank",
                table: "working_groups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_statements_content_not_blank",
                table: "statements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_statements_made_on_format",
                table: "statements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_key_not_blank",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_published_on_format",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_title_not_blank",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_security_issues_name_not_blank",
                table: "security_issues");

            migrationBuilder.DropCheckConstraint(
                name: "ck_regions_name_not_blank",
                table: "regions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_posts_title_not_blank",
                table: "posts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_post_holdings_ended_on_format",
                table: "post_holdings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_post_holdings_started_on_format",
                table: "post_holdings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_policies_aim_not_blank",
                table: "policies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_policies_name_not_blank",
                table: "policies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_people_name_not_blank",
                table: "people");

            migrationBuilder.DropCheckConstraint(
                name: "ck_people_rank_not_blank",
                table: "people");

            migrationBuilder.DropCheckConstraint(
                name: "ck_organisations_name_not_blank",
                table: "organisations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_nations_name_not_blank",
                table: "nations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_national_aims_description_not_blank",
                table: "national_aims");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_ended_on_format",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_name_not_blank",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_started_on_format",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_engagements_held_on_format",
                table: "engagements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_engagements_subject_not_blank",
                table: "engagements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_cooperation_areas_name_not_blank",
                table: "cooperation_areas");

            migrationBuilder.DropCheckConstraint(
                name: "ck_citations_passage_not_blank",
                table: "citations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_applied_seeds_key_not_blank",
                table: "applied_seeds");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_concluded_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_ended_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_entered_into_force_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_subject_not_blank",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_title_not_blank",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "version",
                table: "working_groups");

            migrationBuilder.DropColumn(
                name: "version",
                table: "post_holdings");

            migrationBuilder.DropColumn(
                name: "version",
                table: "agreements");

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_groups_mandate_not_blank",
                table: "working_groups",
                sql: "mandate <> '' AND mandate = trim(mandate)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_groups_name_not_blank",
                table: "working_groups",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_statements_content_not_blank",
                table: "statements",
                sql: "content <> '' AND content = trim(content)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_statements_made_on_format",
                table: "statements",
                sql: "made_on IS NULL OR made_on ~ '^\\d{4}$' OR made_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR made_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_key_not_blank",
                table: "source_documents",
                sql: "key <> '' AND key = trim(key)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_published_on_format",
                table: "source_documents",
                sql: "published_on ~ '^\\d{4}$' OR published_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR published_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_title_not_blank",
                table: "source_documents",
                sql: "title IS NULL OR (title <> '' AND title = trim(title))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_security_issues_name_not_blank",
                table: "security_issues",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_regions_name_not_blank",
                table: "regions",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_posts_title_not_blank",
                table: "posts",
                sql: "title <> '' AND title = trim(title)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_post_holdings_ended_on_format",
                table: "post_holdings",
                sql: "ended_on IS NULL OR ended_on ~ '^\\d{4}$' OR ended_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR ended_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_post_holdings_started_on_format",
                table: "post_holdings",
                sql: "started_on IS NULL OR started_on ~ '^\\d{4}$' OR started_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR started_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_policies_aim_not_blank",
                table: "policies",
                sql: "aim IS NULL OR (aim <> '' AND aim = trim(aim))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_policies_name_not_blank",
                table: "policies",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_people_name_not_blank",
                table: "people",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_people_rank_not_blank",
                table: "people",
                sql: "rank IS NULL OR (rank <> '' AND rank = trim(rank))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_organisations_name_not_blank",
                table: "organisations",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_nations_name_not_blank",
                table: "nations",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_national_aims_description_not_blank",
                table: "national_aims",
                sql: "description <> '' AND description = trim(description)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_ended_on_format",
                table: "military_exercises",
                sql: "ended_on IS NULL OR ended_on ~ '^\\d{4}$' OR ended_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR ended_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_name_not_blank",
                table: "military_exercises",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_started_on_format",
                table: "military_exercises",
                sql: "started_on IS NULL OR started_on ~ '^\\d{4}$' OR started_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR started_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_engagements_held_on_format",
                table: "engagements",
                sql: "held_on ~ '^\\d{4}$' OR held_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR held_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_engagements_subject_not_blank",
                table: "engagements",
                sql: "subject <> '' AND subject = trim(subject)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_cooperation_areas_name_not_blank",
                table: "cooperation_areas",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_citations_passage_not_blank",
                table: "citations",
                sql: "passage <> '' AND passage = trim(passage)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_applied_seeds_key_not_blank",
                table: "applied_seeds",
                sql: "key <> '' AND key = trim(key)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_concluded_on_format",
                table: "agreements",
                sql: "concluded_on IS NULL OR concluded_on ~ '^\\d{4}$' OR concluded_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR concluded_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_ended_on_format",
                table: "agreements",
                sql: "ended_on IS NULL OR ended_on ~ '^\\d{4}$' OR ended_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR ended_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_entered_into_force_on_format",
                table: "agreements",
                sql: "entered_into_force_on IS NULL OR entered_into_force_on ~ '^\\d{4}$' OR entered_into_force_on ~ '^\\d{4}-(0[1-9]|1[0-2])$' OR entered_into_force_on ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_subject_not_blank",
                table: "agreements",
                sql: "subject <> '' AND subject = trim(subject)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_title_not_blank",
                table: "agreements",
                sql: "title <> '' AND title = trim(title)");
        }
    }
}
