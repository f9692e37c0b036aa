package dev.signpost.content.source;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where sources may be mounted: one source at most at the root; no two at the same folder or one inside another (a
 * source inside the root source is fine: its folder there is the mounted source's); never in a feature's folder
 * ({@code tools}, {@code roadmap}, {@code sigs}), whose files are that feature's items, not documentation.
 */
final class Mounts {

    private Mounts() {
    }

    /** What is wrong with these mounts (source name to mount), as sentences; empty when they are fine. */
    static List<String> problems(Map<String, String> mounts) {
        List<String> problems = new ArrayList<>();
        List<Map.Entry<String, String>> all = new ArrayList<>(mounts.entrySet());
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i).getKey();
            String mount = all.get(i).getValue();
            String top = mount.contains("/") ? mount.substring(0, mount.indexOf('/')) : mount;
            ContentTypes.kinds().stream().filter(k -> k.folder().equals(top)).findFirst().ifPresent(kind ->
                    problems.add("Source '" + name + "' is mounted at '" + mount + "', inside the folder of " + kind.plural().toLowerCase()
                            + " ('" + kind.folder() + "/'), whose files are " + kind.plural().toLowerCase() + ", not documentation. Mount it elsewhere."));
            for (int j = i + 1; j < all.size(); j++) {
                String other = all.get(j).getKey();
                String otherMount = all.get(j).getValue();
                if (mount.equals(otherMount)) {
                    problems.add("Sources '" + name + "' and '" + other + "' are both mounted at " + shown(mount)
                            + "; give one of them another mount" + (mount.isEmpty() ? " (or switch the content folder off: signpost.content.enabled=false)." : "."));
                } else if (!mount.isEmpty() && !otherMount.isEmpty()
                        && (ContentPaths.isUnder(mount, otherMount) || ContentPaths.isUnder(otherMount, mount))) {
                    problems.add("Sources '" + name + "' (at " + shown(mount) + ") and '" + other + "' (at " + shown(otherMount)
                            + ") overlap: one is mounted inside the other. Give them folders side by side.");
                }
            }
        }
        return problems;
    }

    static String shown(String mount) {
        return mount.isEmpty() ? "the root" : "'" + mount + "/'";
    }
}
