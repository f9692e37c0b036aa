package dev.signpost.campaigns.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckParserTest {

    private static Map<String, Object> check(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void readsEveryKindWithItsOptions() {
        CheckParser.Parsed parsed = CheckParser.parse(List.of(
                check("title", "No Jenkinsfile", "absent", "**/Jenkinsfile", "fix", "/docs/practices/ci/leaving-jenkins"),
                check("id", "workflow", "title", "Builds on GitHub Actions", "exists", ".github/workflows/*.yml"),
                check("title", "No Jenkins URLs", "lacks", "jenkins\\.acme", "files", "**/*.sh", "required", false),
                check("title", "Has a deploy job", "contains", "deploy", "files", ".github/workflows/*.yml"),
                check("title", "Paved-road deploy", "yaml", "jobs.deploy*.uses", "files", ".github/workflows/*.yml",
                        "matches", "@v[2-9]", "every", true)));

        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of("no-jenkinsfile", "workflow", "no-jenkins-urls", "has-a-deploy-job", "paved-road-deploy"),
                parsed.checks().stream().map(CampaignCheck::id).toList());
        assertEquals("/docs/practices/ci/leaving-jenkins", parsed.checks().get(0).fix());
        assertFalse(parsed.checks().get(2).required());
        assertTrue(parsed.checks().get(0).required(), "required unless it says otherwise");
        Rule.YamlMatches yaml = assertInstanceOf(Rule.YamlMatches.class, parsed.checks().get(4).rule());
        assertTrue(yaml.every());
    }

    @Test
    void eachUnusableCheckIsAProblemAndTheOthersStay() {
        CheckParser.Parsed parsed = CheckParser.parse(List.of(
                check("title", "Nothing to check"),
                check("title", "Two things", "exists", "a", "absent", "b"),
                check("title", "Bad glob", "exists", "{a,b"),
                check("title", "Back-reference", "contains", "(a)\\1", "files", "*"),
                check("title", "No files", "lacks", "x"),
                check("title", "Fine", "exists", "README.md"),
                check("title", "Fine", "absent", "Jenkinsfile"),
                check("title", "Yes?", "exists", "a", "required", "yes"),
                "just text",
                check("title", "Typo", "exist", "README.md", "absent", "x")));

        assertEquals(List.of("fine", "typo"), parsed.checks().stream().map(CampaignCheck::id).toList());
        assertEquals(8, parsed.errors().size(), String.join("\n", parsed.errors()));
        assertTrue(parsed.errors().get(0).startsWith("Check 1: say what it checks with one of: absent, contains, exists, lacks, yaml"));
        assertTrue(parsed.errors().get(3).contains("RE2 syntax"), parsed.errors().get(3));
        assertTrue(parsed.errors().stream().anyMatch(e -> e.contains("id 'fine' of an earlier check")));
        assertEquals(List.of("Check 10 has the key 'exist', which Signpost does not know; it is ignored."), parsed.warnings());
    }

    @Test
    void checksMustBeAList() {
        assertEquals(1, CheckParser.parse("exists: x").errors().size());
        assertEquals(1, CheckParser.parse(null).errors().size());
        assertEquals(1, CheckParser.parse(List.of()).errors().size());
    }
}
