package dev.signpost.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.content.ContentProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTest {

    @Test
    void readsRepositoriesWithTheirOptionalParts() {
        Inventory.Read read = new Inventory().addFile("repositories.yml", """
                web_url: https://git.example.com/acme/{name}/blob/{commit}/{path}
                repositories:
                  - name: payments-api
                    url: https://git.example.com/acme/payments-api.git
                    owner: payments
                    tags: [service, java]
                    lifecycle: production
                  - name: legacy
                    url: git@git.example.com:acme/legacy.git
                    owner: payments
                    web_url: https://old.example.com/{name}/{path}
                """).read();

        assertEquals(List.of(), read.problems());
        Repository api = read.repositories().get(0);
        assertEquals(List.of("service", "java"), api.tags());
        assertEquals("production", api.lifecycle());
        assertEquals("https://git.example.com/acme/payments-api/blob/abc/Jenkinsfile", api.fileUrl("Jenkinsfile", "abc"));
        assertEquals("https://old.example.com/legacy/ci/Jenkinsfile", read.repositories().get(1).fileUrl("ci/Jenkinsfile", "abc"));
    }

    @Test
    void eachBadEntryIsAProblemAndTheRestCount() {
        Inventory.Read read = new Inventory().addFile("repositories.yml", """
                repositories:
                  - name: ok
                    url: https://git.example.com/ok.git
                    owner: team-a
                  - name: "../../etc"
                    url: https://git.example.com/x.git
                    owner: team-a
                  - name: no-url
                    url: "javascript:alert(1)"
                    owner: team-a
                  - name: no-owner
                    url: https://git.example.com/y.git
                  - name: ok
                    url: https://git.example.com/again.git
                    owner: team-b
                  - just text
                """).read();

        assertEquals(List.of("ok"), read.repositories().stream().map(Repository::name).toList());
        assertEquals("https://git.example.com/ok.git", read.repositories().get(0).url(), "the first entry of a name counts");
        assertEquals(5, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().stream().noneMatch(ContentProblem::fatal));
    }

    @Test
    void aFileThatIsNotAListIsOneError() {
        Inventory.Read notYaml = new Inventory().addFile("repositories.yml", "repositories: [unclosed").read();
        assertTrue(notYaml.problems().get(0).fatal());
        Inventory.Read wrongShape = new Inventory().addFile("repositories.yml", "repositories: 42").read();
        assertEquals(1, wrongShape.problems().size());
        assertTrue(wrongShape.repositories().isEmpty());
    }

    @Test
    void backstageComponentsJoinTheInventory() {
        Inventory inventory = new Inventory().addFile("repositories.yml", """
                repositories:
                  - {name: checkout-api, url: "https://github.com/acme/checkout-api.git", owner: checkout}
                """);
        inventory.addCatalogInfo("services/search/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: search-api
                  tags: [java]
                  annotations:
                    backstage.io/source-location: url:https://github.com/acme/search-api/tree/main/
                spec:
                  type: service
                  lifecycle: experimental
                  owner: group:default/search
                ---
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: search-openapi}
                ---
                kind: Component
                metadata: {name: checkout-api, annotations: {backstage.io/source-location: "url:https://github.com/acme/other"}}
                spec: {owner: checkout}
                ---
                kind: Component
                metadata: {name: no-source}
                spec: {owner: search}
                """);
        Inventory.Read read = inventory.read();

        assertEquals(List.of("checkout-api", "search-api"), read.repositories().stream().map(Repository::name).toList());
        Repository search = read.repositories().get(1);
        assertEquals("https://github.com/acme/search-api.git", search.url());
        assertEquals("search", search.owner());
        assertEquals("experimental", search.lifecycle());
        assertEquals(2, read.problems().size(), "listed twice, and a component without its repository: " + read.problems());
    }
}
