package dev.signpost.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.SortedSet;

/** {@code /people}: who Signpost knows, with their teams and last visit, and the teams an owner field accepts. */
@Path("/people")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class PeopleResource {

    /** The page: people who have signed in, and every known team. */
    public record DirectoryView(List<Person> people, SortedSet<String> teams) {
    }

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance list(DirectoryView view);
    }

    @Inject
    Directory directory;

    @GET
    public TemplateInstance list() {
        return Templates.list(new DirectoryView(directory.people(), directory.names().teams()));
    }
}
