package org.bettercaretogether.web.platform;

/**
 * Where the staff side of the service lives: pages under {@value #PAGES} (signed in with a session cookie),
 * the JSON API under {@value #API} (a Bearer token). Everything else is public. The split decides the security
 * headers, which requests need a session or a token, and which submissions count as public.
 *
 * <p>Paths are compared as the client sent them, without decoding: the router does the same, so
 * {@code /st%61ff} is neither a staff page here nor routed to one.
 */
public final class StaffAddresses {

    /** The staff pages. */
    public static final String PAGES = "/staff";

    /** The staff JSON API. */
    public static final String API = "/api/v1/staff";

    private StaffAddresses() {
    }

    /** Whether {@code path} is a staff page ({@code /staff} or below). */
    public static boolean isStaffPage(String path) {
        return under(path, PAGES);
    }

    /** Whether {@code path} is in the staff API ({@code /api/v1/staff} or below). */
    public static boolean isStaffApi(String path) {
        return under(path, API);
    }

    /** Whether {@code path} is on the staff side, page or API. */
    public static boolean isStaff(String path) {
        return isStaffPage(path) || isStaffApi(path);
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
