package org.bettercaretogether.web.platform;

import java.util.List;
import java.util.Objects;

/**
 * What the common layout needs to know about the request being answered, independent of Javalin.
 *
 * <p>The renderer puts one into every template's model under the name {@code page}, so a page template
 * declares {@code @param PageContext page} and passes it on to {@code @template.layout(page = page, ...)}.
 *
 * @param path  the request path, used to mark the current item of the navigation
 * @param staff on a staff page with a signed-in member of staff, the staff navigation (and the session's CSRF
 *              token its forms carry); {@code null} on public pages and on the sign-in page
 */
public record PageContext(String path, StaffNavigation staff) {

    /**
     * The request attribute under which the staff side leaves the {@link StaffNavigation} of the signed-in
     * member of staff, for the renderer and the error pages to pick up.
     */
    public static final String STAFF_NAVIGATION = PageContext.class.getName() + ".staff";

    /** The service navigation, in order: (address, link text). */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"/", "Home"},
            new String[] {"/communities", "Communities"},
            new String[] {"/partners", "Partners"},
            new String[] {"/workstreams", "Workstreams"});

    public PageContext {
        Objects.requireNonNull(path, "path");
    }

    /** A public page. */
    public PageContext(String path) {
        this(path, null);
    }

    /** Whether this is a page of a signed-in member of staff. */
    public boolean signedIn() {
        return staff != null;
    }

    /** The service navigation items (the staff's on staff pages), the one matching this page marked as current. */
    public List<NavigationLink> navigation() {
        if (staff != null) {
            return staff.sections().stream().map(s -> NavigationLink.of(s.href(), s.text(), path)).toList();
        }
        return SECTIONS.stream().map(s -> NavigationLink.of(s[0], s[1], path)).toList();
    }

    /**
     * The CSRF token every state-changing form on a staff page carries in its hidden {@code csrf} field
     * ({@code @template.staff.csrf(page = page)}).
     */
    public String csrfToken() {
        if (staff == null) {
            throw new IllegalStateException("Only staff pages of a signed-in member of staff have a CSRF token");
        }
        return staff.csrfToken();
    }

    /**
     * The navigation of a signed-in member of staff: who they are, the sections they may use, and the CSRF
     * token of their session (for the sign-out button and every other form).
     */
    public record StaffNavigation(String name, List<Section> sections, String csrfToken) {

        public StaffNavigation {
            Objects.requireNonNull(name, "name");
            sections = List.copyOf(sections);
            Objects.requireNonNull(csrfToken, "csrfToken");
        }

        @Override
        public String toString() {
            return "StaffNavigation[" + sections.size() + " sections]";
        }
    }

    /** One section of a navigation: its address and its link text. */
    public record Section(String href, String text) {
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
            } else if (!href.equals("/") && !href.equals(StaffAddresses.PAGES) && path.startsWith(href + "/")) {
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
