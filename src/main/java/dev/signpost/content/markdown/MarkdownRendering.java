package dev.signpost.content.markdown;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application's one {@link MarkdownRenderer}, for features that render people's Markdown (comments, answers, notes). */
public class MarkdownRendering {

    @Produces
    @Singleton
    MarkdownRenderer renderer() {
        return new MarkdownRenderer();
    }
}
