package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A walk through the site from a few addresses, following every link to a page of the part being checked, checking
 * each page it reaches with axe at a laptop's width and a phone's (where it must also fit the narrowest screen), once
 * loaded: the page is resized for the second width rather than loaded again.
 *
 * <p>A walk may check only a few pages of each {@linkplain #kind(String) kind} (the same template with other data,
 * such as two communities' pages) at a width, so that the run stays quick: on a phone, say, where the same template
 * adds only its narrow layout.
 */
final class Crawl {

    /**
     * How many pages of one kind the public pages' walk checks on a phone: one, the first reached (the walk starts from
     * the pages with the most to show), as a phone adds only the template's narrow layout.
     */
    static final int PHONE_PAGES_OF_A_KIND = 1;

    /**
     * How many pages of one kind the public pages' walk checks on a laptop: more than on a phone, so that pages of a
     * kind whose data differ (a community with content and one without, a meeting past and one to come) are among
     * them, but not every one, so that the walk's time does not grow with every community project or consultation.
     */
    static final int LAPTOP_PAGES_OF_A_KIND = 2;

    /** More pages than the site has, with its reference data and the content of the test site. */
    static final int MOST_PAGES = 400;

    /** The segments of an address after which the next names one thing of the collection. */
    private static final Set<String> COLLECTIONS = Set.of("communities", "networks", "partners", "workstreams",
            "consultations", "projects", "online-consultations");
    /** A segment after a collection's that names a page of its own rather than one thing of it. */
    private static final String NEW_ONE = "new";
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final Page page;
    private final int visitedOfAKind;
    private final Map<Viewport, Integer> pagesOfAKind;
    private final Predicate<String> checked;
    private final Deque<String> toVisit;
    private final Set<String> visited = new LinkedHashSet<>();
    private final Map<Viewport, Set<String>> checkedAt = new EnumMap<>(Viewport.class);
    private final Map<String, Integer> kinds = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private Crawl(Page page, int visitedOfAKind, Map<Viewport, Integer> pagesOfAKind, Predicate<String> checked,
                  List<String> start) {
        this.page = page;
        this.visitedOfAKind = visitedOfAKind;
        this.pagesOfAKind = pagesOfAKind;
        this.checked = checked;
        this.toVisit = new ArrayDeque<>(start);
        pagesOfAKind.keySet().forEach(viewport -> checkedAt.put(viewport, new LinkedHashSet<>()));
    }

    /**
     * Walks from {@code start} (in that order, then breadth first) through the pages whose path {@code checked}
     * accepts, checking at each viewport of {@code pagesOfAKind} at most that many pages of each kind, calling
     * {@code onPage} with the address of each page and the viewport while it is shown at it, once it is checked there
     * and before its links are followed.
     */
    static Crawl walk(Page page, Map<Viewport, Integer> pagesOfAKind, Predicate<String> checked, List<String> start,
                      BiConsumer<String, Viewport> onPage) {
        Crawl crawl = new Crawl(page, pagesOfAKind.values().stream().max(Integer::compare).orElse(0), pagesOfAKind,
                checked, start);
        crawl.run(onPage);
        return crawl;
    }

    /**
     * Walks as {@link #walk} does through at most {@code pagesOfAKind} pages of each kind, checking none with axe:
     * to find pages, each answering 200 (or a {@linkplain #problems() problem}).
     */
    static Crawl walkWithoutChecking(Page page, int pagesOfAKind, Predicate<String> checked, List<String> start) {
        Crawl crawl = new Crawl(page, pagesOfAKind, Map.of(), checked, start);
        crawl.run((address, viewport) -> {
        });
        return crawl;
    }

    private void run(BiConsumer<String, Viewport> onPage) {
        while (!toVisit.isEmpty() && visited.size() < MOST_PAGES) {
            String address = toVisit.removeFirst();
            if (visited.contains(address)) {
                continue;
            }
            int before = kinds.merge(kind(address), 1, Integer::sum) - 1;
            if (before >= visitedOfAKind) {
                continue;
            }
            List<Viewport> widths = pagesOfAKind.keySet().stream()
                    .filter(viewport -> before < pagesOfAKind.get(viewport)).toList();
            visited.add(address);
            Response response = page.navigate(address);
            if (response == null || response.status() != 200) {
                problems.add(address + " answered " + (response == null ? "nothing" : response.status()));
                continue;
            }
            problems.addAll(Accessibility.problems(page, widths, viewport -> {
                checkedAt.get(viewport).add(address);
                onPage.accept(address, viewport);
            }));
            for (String link : links()) {
                if (!visited.contains(link)) {
                    toVisit.addLast(link);
                }
            }
        }
    }

    /** The addresses checked at one width or more, in the order they were. */
    Set<String> visited() {
        return visited;
    }

    /** The addresses checked at {@code viewport}, in the order they were. */
    Set<String> checkedAt(Viewport viewport) {
        return checkedAt.getOrDefault(viewport, Set.of());
    }

    /** The links found but not followed, because the walk reached {@link #MOST_PAGES}. */
    Deque<String> unvisited() {
        return toVisit;
    }

    /** The pages that did not answer 200, and the WCAG violations and overflows of those that did. */
    List<String> problems() {
        return problems;
    }

    /**
     * What kind of page an address is: its path with each segment that names one thing (a community's slug after
     * {@code communities}, an id with digits in it) made a wildcard, and the names of its query parameters.
     * {@code /communities/kendal} and {@code /communities/lancaster} are of a kind;
     * {@code /communities/kendal/you-said-we-did} is of another, and so are {@code /staff/meetings/new} and
     * {@code /staff/meetings/<id>}, and {@code /staff/projects/new} and {@code /staff/projects/<id>}.
     */
    static String kind(String address) {
        URI uri = URI.create(address);
        String[] segments = uri.getRawPath().split("/", -1);
        for (int i = segments.length - 1; i > 0; i--) {
            if (DIGIT.matcher(segments[i]).find()
                    || COLLECTIONS.contains(segments[i - 1]) && !segments[i].equals(NEW_ONE)) {
                segments[i] = "*";
            }
        }
        String query = uri.getRawQuery() == null ? "" : Pattern.compile("=[^&]*").matcher(uri.getRawQuery())
                .replaceAll("");
        return String.join("/", segments) + "?" + query;
    }

    /** The site's own page addresses the page links to that the walk checks, without fragments. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('a[href]'), a => a.href)");
        String origin = URI.create(page.url()).resolve("/").toString();
        List<String> links = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(origin)) {
                continue;
            }
            URI uri = URI.create(href);
            if (checked.test(uri.getRawPath())) {
                links.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }
        }
        return links;
    }
}
