package dev.signpost.security;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TeamClaimTest {

    @Test
    void shouldReadTeamNamesFromGroupNamesAndGroupPaths() {
        assertEquals(List.of("ci-platform", "qa", "security"),
                List.copyOf(CurrentUser.teamNames(List.of("qa", "/ci-platform", "/org/teams/security", "/"))));
    }

    @Test
    void shouldReadTeamNamesFromAJsonArrayClaim() {
        assertEquals(List.of("developer-experience"),
                List.copyOf(CurrentUser.teamNames(Json.createArrayBuilder().add("/developer-experience").build())));
    }

    @Test
    void shouldReadASingleTeamClaim() {
        assertEquals(List.of("ci-platform"), List.copyOf(CurrentUser.teamNames("/ci-platform")));
    }

    @Test
    void shouldHaveNoTeamsWithoutTheClaimOrWithAClaimOfAnotherShape() {
        assertEquals(List.of(), List.copyOf(CurrentUser.teamNames(null)));
        assertEquals(List.of(), List.copyOf(CurrentUser.teamNames(42)));
    }
}
