package org.bettercaretogether.web.platform;

import java.util.List;
import java.util.Objects;

/**
 * What the common layout needs to know about the request being answered, independent of Javalin.
 *
 * <p>The renderer puts one into every template's model under the name {@code page}, so a page template
 * declares {@code @param PageContext page} and passes it on to {@code @template.layout(page = page, ...)}.
 *
 * @param path the request path, used to mark the current item of the service navigation
 */
public record PageContext(String path) {

    /** The service navigation, in order: (address, link text). */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"/", "Home"},
            new String[] {"/communities", "Communities"},
            new String[] {"/partners", "Partners"},
            new String[] {"/workstreams", "Workstreams"});

    public PageContext {
        Objects.requireNonNull(path, "path");
    }

    /** The service navigation items, the one matching this page marked as current. */
    public List<NavigationLink> navigation() {
        return SECTIONS.stream().map(s -> NavigationLink.of(s[0], s[1], path)).toList();
    }

    /**
     * One item of the service navigation.
     *
     * @param ariaCurrent {@code "page"} on the item's own address, {@code "true"} below it (e.g.
     *                    {@code /communities/kendal} under Communities), {@code null} otherwise — jte omits an
     *                    attribute whose value is {@code null}
     */
    public record NavigationLink(String href, String text, String ariaCurrent) {

        static NavigationLink of(String href, String text, String path) {
            String current;
            if (path.equals(href)) {
                current = "page";
            } else if (!href.equals("/") && path.startsWith(href + "/")) {
                current = "true";
            } else {
                current = null;
            }
            return new NavigationLink(href, text, current);
        }

        public boolean current() {
            return ariaCurrent != null;
        }
    }
}
