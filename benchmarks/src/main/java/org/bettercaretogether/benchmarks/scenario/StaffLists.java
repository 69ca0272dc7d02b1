package org.bettercaretogether.benchmarks.scenario;

import static org.bettercaretogether.benchmarks.report.LatencyTarget.STAFF_LIST;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.benchmarks.http.HttpConnection;
import org.bettercaretogether.benchmarks.http.HttpRequest;
import org.bettercaretogether.benchmarks.http.HttpResponse;
import org.bettercaretogether.benchmarks.process.StaffMember;
import tools.jackson.databind.JsonNode;

/**
 * The staff's lists of views, each as its first page and as the page reached by following its {@code next} cursor
 * {@code depth} times: the moderation queue and the views awaiting an answer, in the staff API (with the sample
 * administrator's API token) and as staff pages (with a session from signing in as a browser does).
 *
 * <p>A list that gives no {@code next} on its first page is measured on its first page only, and a note says so.
 */
public final class StaffLists {

    static final String QUEUE_API = "/api/v1/staff/feedback";
    static final String AWAITING_API = "/api/v1/staff/feedback/awaiting-answer";
    static final String QUEUE_PAGE = "/staff/feedback";
    static final String AWAITING_PAGE = "/staff/feedback/awaiting-answer";
    static final String SIGN_IN = "/staff/sign-in";
    static final String SIGN_IN_CODE = "/staff/sign-in/code";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern NEXT_LINK = Pattern.compile(
            "href=\"(/staff/feedback(?:/awaiting-answer)?\\?(?:[^\"]*&amp;)?cursor=[^\"]+)\"");

    private final HttpConnection service;
    private final int depth;
    private final List<String> notes;

    /** @param notes where to say what could not be measured as asked */
    public StaffLists(HttpConnection service, int depth, List<String> notes) {
        this.service = service;
        this.depth = depth;
        this.notes = notes;
    }

    public List<Probe> probes(StaffMember administrator) throws IOException {
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + administrator.token());
        Map<String, String> session = Map.of("Cookie", signIn(administrator));
        List<Probe> probes = new ArrayList<>();
        for (String list : List.of(QUEUE_API, AWAITING_API)) {
            list(probes, list, bearer, answer -> nextInJson(list, answer));
        }
        for (String list : List.of(QUEUE_PAGE, AWAITING_PAGE)) {
            list(probes, list, session, this::nextInPage);
        }
        return List.copyOf(probes);
    }

    private void list(List<Probe> probes, String path, Map<String, String> credentials,
                      Function<HttpResponse, Optional<String>> next) throws IOException {
        HttpRequest first = HttpRequest.get(path, credentials);
        probes.add(Probe.of(first, STAFF_LIST));
        Optional<String> following = next.apply(expectOk(service.send(first), path));
        if (following.isEmpty()) {
            notes.add("GET " + path + " gave no `next` cursor on its first page: only its first page was measured.");
            return;
        }
        HttpRequest deep = HttpRequest.get(following.get(), credentials);
        int pages = 1;
        while (pages < depth) {
            Optional<String> further = next.apply(expectOk(service.send(deep), path));
            if (further.isEmpty()) {
                break;
            }
            deep = HttpRequest.get(further.get(), credentials);
            pages++;
        }
        String note = pages < depth ? "the list ended after " + (pages + 1) + " pages" : null;
        probes.add(new Probe("GET " + path + " (" + depth + " pages deep)", deep, STAFF_LIST, note));
    }

    /** The answer's {@code next}: a cursor for the same address, or (taken as it is) a path. */
    private static Optional<String> nextInJson(String path, HttpResponse answer) {
        JsonNode next = Json.read(answer).path("next");
        if (next.isMissingNode() || next.isNull() || next.asString().isBlank()) {
            return Optional.empty();
        }
        String cursor = next.asString();
        return Optional.of(cursor.startsWith("/") ? cursor : path + "?cursor=" + encode(cursor));
    }

    /** The page's link to the next page, such as {@code /staff/feedback?cursor=...}. */
    private Optional<String> nextInPage(HttpResponse answer) {
        Matcher link = NEXT_LINK.matcher(answer.text());
        return link.find() ? Optional.of(link.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    /**
     * Signs in as a browser does: the form's double-submit token from its cookie and hidden field, this service's
     * {@code Origin} and {@code Sec-Fetch-Site: same-origin}. Answers the session's {@code Cookie} header.
     */
    String signIn(StaffMember member) throws IOException {
        HttpResponse form = expectOk(service.send(HttpRequest.get(SIGN_IN)), SIGN_IN);
        String formCookie = cookie(form, "bct-sign-in-csrf");
        Matcher csrf = CSRF_FIELD.matcher(form.text());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in form at " + SIGN_IN + " has no csrf field");
        }
        String body = "csrf=" + encode(csrf.group(1)) + "&email=" + encode(member.email()) + "&password="
                + encode(member.password());
        HttpResponse signedIn = service.send(HttpRequest.post(SIGN_IN, "application/x-www-form-urlencoded", body,
                Map.of("Cookie", formCookie, "Origin", service.origin(), "Sec-Fetch-Site", "same-origin")));
        String location = signedIn.header("Location").orElse("");
        if (location.equals(SIGN_IN_CODE) && member.authenticator().isPresent()) {
            signedIn = secondStep(member, cookie(signedIn, "bct-session"));
            location = signedIn.header("Location").orElse("");
        }
        if (signedIn.status() != 303 || location.contains("sign-in")) {
            throw new IllegalStateException("Signing in as " + member.email() + " answered " + signedIn.status()
                    + " (to '" + location + "'); are the password and the sample staff right?");
        }
        if (location.contains("password")) {
            throw new IllegalStateException(member.email() + " must change their password before using the staff "
                    + "pages; sample-data should print staff who need not");
        }
        return cookie(signedIn, "bct-session");
    }

    /** The code of the member's authenticator, entered on the second step of signing in, as a browser does. */
    private HttpResponse secondStep(StaffMember member, String session) throws IOException {
        HttpResponse form = expectOk(service.send(HttpRequest.get(SIGN_IN_CODE, Map.of("Cookie", session))),
                SIGN_IN_CODE);
        Matcher csrf = CSRF_FIELD.matcher(form.text());
        if (!csrf.find()) {
            throw new IllegalStateException("The code form at " + SIGN_IN_CODE + " has no csrf field");
        }
        String body = "csrf=" + encode(csrf.group(1)) + "&code="
                + AuthenticatorCode.now(member.authenticator().orElseThrow());
        return service.send(HttpRequest.post(SIGN_IN_CODE, "application/x-www-form-urlencoded", body,
                Map.of("Cookie", session, "Origin", service.origin(), "Sec-Fetch-Site", "same-origin")));
    }

    /** {@code name=value} of the cookie the answer sets, for a {@code Cookie} header. */
    private static String cookie(HttpResponse answer, String name) {
        return answer.headers("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0].strip())
                .filter(pair -> pair.startsWith(name + "=") || pair.startsWith("__Host-" + name + "="))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The service set no " + name + " cookie"));
    }

    private static HttpResponse expectOk(HttpResponse answer, String path) {
        if (!answer.successful()) {
            throw new IllegalStateException("GET " + path + " answered " + answer.status() + ": " + answer.text());
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
