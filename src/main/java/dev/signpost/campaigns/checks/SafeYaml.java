package dev.signpost.campaigns.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML from files nobody here wrote: SnakeYAML's safe constructor (plain maps, lists and scalars, never objects),
 * anchors and aliases resolved but at most 100 aliases per file (a "billion laughs" file is refused), nesting at most
 * 100 deep. Anything it cannot read is empty, never an exception.
 */
public final class SafeYaml {

    private SafeYaml() {
    }

    /** Every document in the text, or empty when it is not YAML (or too hostile to read). */
    public static Optional<List<Object>> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        options.setAllowDuplicateKeys(true);
        options.setNestingDepthLimit(100);
        options.setCodePointLimit(Math.max(1, text.length() + 1));
        try {
            List<Object> documents = new ArrayList<>();
            for (Object document : new Yaml(new SafeConstructor(options)).loadAll(text)) {
                documents.add(document);
            }
            return Optional.of(documents);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
