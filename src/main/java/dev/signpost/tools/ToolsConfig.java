package dev.signpost.tools;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** {@code signpost.tools.*}: the catalog's categories (one radar sector each) and what counts as a recent move. */
@ConfigMapping(prefix = "signpost.tools")
public interface ToolsConfig {

    /** The categories a tool may have, in the order of the radar's sectors (clockwise from the top). */
    @WithDefault("CI/CD,Testing & quality,Infrastructure & runtime,Observability,Security,Languages & frameworks")
    List<String> categories();

    /** A tool whose ring changed within this many days is marked new, moved in or moved out on the radar. */
    @WithDefault("90")
    int recentDays();
}
