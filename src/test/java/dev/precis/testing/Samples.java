package dev.precis.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test resources by name: the seed article ({@code /samples}) and the pages written here for the
 * test suite ({@code /pages}), so that no test needs the evaluation sets beside the repository.
 */
public final class Samples {
    /** The pages under {@code src/test/resources/pages}, each a different kind of page and era. */
    public static final List<String> PAGES = List.of("wire-story.html", "blog-post.html",
            "table-layout-2005.html", "feature-sections.html", "broken-markup.html");

    private Samples() {
    }

    public static byte[] bytes(String name) {
        return resource("/samples/" + name);
    }

    /** One of {@link #PAGES}, as bytes. */
    public static byte[] page(String name) {
        return resource("/pages/" + name);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Samples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
