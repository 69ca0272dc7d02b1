package org.bettercaretogether.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SignedIn;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.platform.RegisteredRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never gives a 5xx, a property checked over generated requests: every route the server registers (read
 * from its own route registry, so a new route is walked without a word here), public and staff (signed in, with a
 * session for the pages and a token for the API), is sent generated addresses, queries, headers, form fields and
 * JSON bodies — wrong types, huge and negative numbers, unknown enum values, deep nesting, text that is not UTF-8,
 * control characters and other naughty strings — and, every so often, requests that break HTTP itself. Whatever
 * comes, every answer
 * <ul>
 *   <li>is not a 5xx;</li>
 *   <li>carries the security headers;</li>
 *   <li>under {@code /api/}, when it refuses, is an {@code application/problem+json} document;</li>
 *   <li>when it refuses, leaves every stored record as it was;</li>
 *   <li>when it accepts, stores no text the domain refuses (a control character, which PostgreSQL refuses outright
 *       for NUL, would otherwise be a 500 there and not here).</li>
 * </ul>
 *
 * <p>Valid values come from the service itself: before the tries, every page and API answer reachable without
 * parameters is read for ids, slugs, tokens and links, and every form for its fields, which the tries then bend.
 * The tries run on one server, one at a time, from a fixed seed so that a failure is reproduced by running the test
 * again; {@code -Dbct.fuzz.seed=N} tries another sequence ({@code random} a new one each run) and
 * {@code -Dbct.fuzz.tries=N} more or fewer tries. A failure names its try's seed and the request.
 */
class BadInputFuzzTest {

    private static final int TRIES = Integer.getInteger("bct.fuzz.tries", 12_000);
    private static final long SEED = seed();
    /** The most header bytes Jetty reads before it refuses a request with 431 (its default request header size). */
    private static final int LARGEST_HEADERS = 8 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(Clock.systemUTC(), RunningPublicWeb.securitySettings(
            new Limit(1_000_000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
            new Limit(1_000_000, Duration.ofMinutes(10))), false);

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"");
    private static final Pattern HREF = Pattern.compile("(?:href|action)=\"(/[^\"#?]*)");
    private static final List<String> QUERY_NAMES = List.of("about", "slug", "community", "workstream", "network",
            "cursor", "limit", "place", "new", "page", "status", "partner", "saved", "notice", "from", "to", "theme",
            "role", "q", "reference", "email", "after", "before", "per_page", "search", "organization_id", "_id",
            "name", "identifier", "partof", "organization");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS",
            "TRACE", "PROPFIND", "FOO");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=iso-8859-1", "application/x-www-form-urlencoded", "text/plain", "text/csv",
            "application/problem+json", "multipart/form-data; boundary=fuzz", "multipart/form-data",
            "application/octet-stream", ";;;", "application/json; charset=\u00e9");

    private final List<RegisteredRoute> routes = new ArrayList<>();
    /** Values the service itself gave, by the name of the parameter or member that holds them. */
    private final Map<String, Set<String>> known = new TreeMap<>();
    /** The fields of each form the pages show, by the route the form is sent to. */
    private final Map<RegisteredRoute, List<Map.Entry<String, String>>> forms = new LinkedHashMap<>();
    /** A JSON answer of the same address, whose members a body of a change may well have. */
    private final Map<String, JsonNode> answers = new LinkedHashMap<>();
    private final Set<String> memberNames = new LinkedHashSet<>();
    private RawHttp http;
    private List<List<?>> storedRecords;
    private long storedWrites;
    private StaffAccounts.Account staff;
    private SignedIn session;
    private String token;

    @Test
    void no_request_gets_a_server_error_a_refusal_under_api_is_problem_json_and_refused_requests_store_nothing() {
        http = new RawHttp(web.server().port());
        routes.addAll(web.server().routes());
        signIn();
        seed_data();
        harvest();

        SplittableRandom random = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<RegisteredRoute, Integer> tried = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < TRIES && failures.size() < 25; i++) {
            long trySeed = random.nextLong();
            RegisteredRoute route = routes.get(Math.floorMod(trySeed, routes.size()));
            tried.merge(route, 1, Integer::sum);
            Attempt attempt = attempt(route, new SplittableRandom(trySeed));
            String failure = check(attempt);
            statuses.merge(attempt.answer == null ? "none" : (attempt.answer.status() / 100) + "xx", 1, Integer::sum);
            if (failure != null) {
                failures.add("try " + i + " (seed " + trySeed + ") " + route + ": " + failure + "\n    request: "
                        + attempt.describe() + "\n    answer: " + attempt.describeAnswer());
            }
            if (attempt.staffChange) {
                keepSignedIn();
            }
        }
        System.out.printf("Bad input: %d tries (seed %d) over %d routes in %d s: %s%n", TRIES, SEED, routes.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), statuses);

        assertThat(failures).as("answers that broke a promise").isEmpty();
        assertThat(tried.keySet()).as("every registered route tried").containsExactlyInAnyOrderElementsOf(routes);
    }

    // ---------------------------------------------------------------------------------------------------- a try

    /** One generated request and what came of it. */
    private static final class Attempt {
        String method;
        String target;
        boolean pathBent;
        boolean protocolBent;
        final List<byte[]> headers = new ArrayList<>();
        byte[] body;
        boolean staffChange;
        RawHttp.Answer answer;
        String transportFailure;
        /**
         * Whether the server refuses it (431) before reading all of it: closing with the rest unread makes its kernel
         * reset the connection, and a reset that overtakes the answer discards it on this side. {@link RawHttp} asks
         * again when that happens, but on a busy machine every try can lose that race, so no answer is no fault
         * here; an answer that does come is checked like any other, and {@link MalformedRequestsTest} checks the 431.
         */
        boolean refusedUnread;
        List<List<?>> before;
        List<List<?>> after;

        String describe() {
            String shownBody = body == null ? "" : new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8);
            return (method + " " + target).replaceAll("\\p{Cntrl}", "·") + " | headers "
                    + headers.stream().map(h -> new String(h, 0, Math.min(h.length, 120), StandardCharsets.ISO_8859_1))
                    .toList().toString().replaceAll("\\p{Cntrl}", "·")
                    + " | body " + shownBody.replaceAll("\\p{Cntrl}", "·");
        }

        String describeAnswer() {
            if (answer == null) {
                return "none: " + transportFailure;
            }
            String text = answer.text();
            return answer.status() + " " + answer.headers() + " " + text.substring(0, Math.min(text.length(), 400));
        }
    }

    private Attempt attempt(RegisteredRoute route, SplittableRandom random) {
        Attempt attempt = new Attempt();
        attempt.method = random.nextInt(12) == 0 ? pick(METHODS, random) : route.method();
        String path = fill(route.path(), random);
        if (random.nextInt(10) == 0) {
            path = bendPath(path, random);
            attempt.pathBent = true;
        }
        String query = random.nextInt(3) == 0 ? query(random) : "";
        attempt.target = path + query;
        boolean api = route.path().startsWith("/api/");
        boolean staffPage = route.path().startsWith("/staff");
        boolean staffApi = route.path().startsWith("/api/v1/staff");
        List<String> headers = new ArrayList<>();
        if (random.nextInt(30) != 0) {
            headers.add("Host: 127.0.0.1:" + web.server().port());
        }
        if (staffPage && random.nextInt(8) != 0) {
            headers.add("Cookie: bct-session=" + session.sessionToken());
        }
        if (staffApi && random.nextInt(8) != 0) {
            headers.add("Authorization: Bearer " + token);
        }
        if (random.nextInt(3) == 0) {
            headers.add("Accept: " + pick(List.of("text/html", "application/json", "*/*", "application/problem+json",
                    "image/png", "text/html;q=0.1, application/json", "\u00ff/\u00fe"), random));
        }
        for (int extra = random.nextInt(4); extra > 0; extra--) {
            headers.add(header(random));
        }
        boolean changes = !attempt.method.equals("GET") && !attempt.method.equals("HEAD");
        attempt.staffChange = changes && (staffPage || staffApi);
        if (changes || random.nextInt(20) == 0) {
            Body body = body(route, api, staffPage, random);
            if (body.contentType != null) {
                headers.add("Content-Type: " + body.contentType);
            }
            attempt.body = body.bytes;
            if (random.nextInt(25) == 0) {
                headers.add("Transfer-Encoding: chunked");
                attempt.body = chunked(body.bytes);
            } else if (random.nextInt(40) == 0) {
                headers.add("Content-Length: " + (body.bytes.length + random.nextInt(-5, 50)));
                attempt.protocolBent = true;
            } else {
                headers.add("Content-Length: " + body.bytes.length);
            }
        }
        headers.add("Connection: close");
        headers.forEach(header -> attempt.headers.add(header.getBytes(StandardCharsets.UTF_8)));
        attempt.refusedUnread = attempt.headers.stream().mapToInt(header -> header.length).sum() > LARGEST_HEADERS;
        byte[] requestLine = (attempt.method + " " + attempt.target + " HTTP/1.1").getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(25) == 0) {
            requestLine = bendProtocol(attempt, requestLine, random);
            attempt.protocolBent = true;
        }
        attempt.before = stored();
        try {
            attempt.answer = http.send(requestLine, attempt.headers, attempt.body, attempt.protocolBent);
        } catch (IOException e) {
            attempt.transportFailure = e.toString();
        }
        attempt.after = stored();
        return attempt;
    }

    /** Every record stored now, read again only when something was written since it was last read. */
    private List<List<?>> stored() {
        long writes = web.application().adapters().writes();
        if (storedRecords == null || writes != storedWrites) {
            storedRecords = web.application().adapters().everyRecord();
            storedWrites = writes;
        }
        return storedRecords;
    }

    /** What the answer must be, whatever was asked; null when it is. */
    private String check(Attempt attempt) {
        RawHttp.Answer answer = attempt.answer;
        if (answer == null || answer.status() == 0) {
            return attempt.protocolBent || attempt.refusedUnread ? null : "no answer at all";
        }
        if (answer.status() >= 500) {
            return "a server error";
        }
        if (answer.header("Content-Security-Policy") == null || answer.header("X-Content-Type-Options") == null) {
            return "an answer without the security headers";
        }
        boolean refused = answer.status() >= 400;
        String path = attempt.target.split("\\?", 2)[0];
        if (refused && !attempt.pathBent && !attempt.protocolBent && (path.equals("/api") || path.startsWith("/api/"))
                && !answer.contentType().startsWith("application/problem+json")) {
            return "a refusal under /api/ that is not application/problem+json";
        }
        if (refused && !attempt.before.equals(attempt.after)) {
            return "a refused request changed what is stored: " + difference(attempt.before, attempt.after);
        }
        if (!refused) {
            String stored = refusedTextStored(attempt.before, attempt.after);
            if (stored != null) {
                return "an accepted request stored text the domain refuses, in " + stored;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------- addresses

    private String fill(String pattern, SplittableRandom random) {
        Matcher parameter = PARAMETER.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            Set<String> values = known.getOrDefault(name, Set.of());
            String value = !values.isEmpty() && random.nextInt(4) != 0 ? pick(List.copyOf(values), random)
                    : random.nextBoolean() ? Naughty.string(random) : java.util.UUID.randomUUID().toString();
            parameter.appendReplacement(path, Matcher.quoteReplacement(Naughty.encode(value, random)));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private static String bendPath(String path, SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0 -> path + "/";
            case 1 -> path + "/%00";
            case 2 -> path + "/..";
            case 3 -> path.replace("/", "//");
            case 4 -> path + ";jsessionid=x";
            case 5 -> path + "%2F..%2Fstaff";
            case 6 -> path.toUpperCase();
            case 7 -> path + "/" + Naughty.encode(Naughty.string(random), random);
            case 8 -> path + "\\..\\x";
            case 9 -> path + "/%ff%fe";
            case 10 -> path + "/%2e%2e/%2e%2e/api/v1/staff/me";
            default -> path + "#fragment";
        };
    }

    private String query(SplittableRandom random) {
        StringBuilder query = new StringBuilder("?");
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            String name = random.nextInt(4) == 0 && !memberNames.isEmpty() ? pick(List.copyOf(memberNames), random)
                    : pick(QUERY_NAMES, random);
            String value = random.nextBoolean() ? Naughty.string(random) : knownValue(name, random);
            query.append(Naughty.encode(name, random)).append('=').append(Naughty.encode(value, random)).append('&');
        }
        if (random.nextInt(10) == 0) {
            query.append("&&=&x");
        }
        return query.toString();
    }

    // --------------------------------------------------------------------------------------------------- headers

    private String header(SplittableRandom random) {
        int port = web.server().port();
        return switch (random.nextInt(16)) {
            case 0 -> "Origin: " + pick(List.of("http://127.0.0.1:" + port, "null", "https://evil.example", "x"), random);
            case 1 -> "Sec-Fetch-Site: " + pick(List.of("same-origin", "cross-site", "none", "x"), random);
            case 2 -> "Idempotency-Key: " + pick(List.of(java.util.UUID.randomUUID().toString(), "", "k".repeat(300),
                    Naughty.string(random).replaceAll("[\r\n]", "")), random);
            case 3 -> "Authorization: " + pick(List.of("Bearer ", "Bearer x", "Basic YTpi", "Bearer " + "t".repeat(5000),
                    "bearer " + token), random);
            case 4 -> "Cookie: " + pick(List.of("bct-session=x", "bct-session=", "bct-session=" + "s".repeat(3000),
                    "__Host-bct-session=x; bct-sign-in-csrf=y", "=;;=;"), random);
            case 5 -> "X-Forwarded-For: " + pick(List.of("1.2.3.4", "x", "999.1.1.1, ::1", ""), random);
            case 6 -> "X-Forwarded-Proto: " + pick(List.of("https", "gopher", ""), random);
            case 7 -> "Accept-Language: " + pick(List.of("cy", "*", "x;q=abc", "ü"), random);
            case 8 -> "If-None-Match: " + pick(List.of("\"x\"", "*", "W/", ""), random);
            case 9 -> "Range: bytes=" + pick(List.of("0-1", "-1", "5-1", "x"), random);
            case 10 -> "Content-Encoding: gzip";
            case 11 -> "Expect: 100-continue";
            case 12 -> "X-Big: " + "b".repeat(random.nextInt(2) == 0 ? 100 : 20_000);
            case 13 -> "X-Utf8: caf\u00e9 \u2603";
            case 14 -> "Referer: http://127.0.0.1:" + port + "/" + Naughty.encode(Naughty.string(random), random);
            default -> "If-Modified-Since: " + pick(List.of("yesterday", "Thu, 01 Jan 1970 00:00:00 GMT"), random);
        };
    }

    private static byte[] bendProtocol(Attempt attempt, byte[] requestLine, SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> (attempt.method + " " + attempt.target + " HTTP/9.9").getBytes(StandardCharsets.UTF_8);
            case 1 -> (attempt.method + " " + attempt.target).getBytes(StandardCharsets.UTF_8);
            case 2 -> (attempt.method + " http://127.0.0.1" + attempt.target + " HTTP/1.1").getBytes(StandardCharsets.UTF_8);
            case 3 -> concat(requestLine, new byte[]{0});
            case 4 -> {
                attempt.headers.add("Bad Header: x".getBytes(StandardCharsets.US_ASCII));
                yield requestLine;
            }
            case 5 -> {
                attempt.headers.add(new byte[]{'X', '-', 'N', 'u', 'l', ':', ' ', 'a', 0, 'b'});
                yield requestLine;
            }
            case 6 -> {
                attempt.headers.add(" folded: continuation".getBytes(StandardCharsets.US_ASCII));
                yield requestLine;
            }
            case 7 -> {
                attempt.headers.add(("X-Huge: " + "h".repeat(70_000)).getBytes(StandardCharsets.US_ASCII));
                yield requestLine;
            }
            case 8 -> concat((attempt.method + " /").getBytes(StandardCharsets.UTF_8),
                    new byte[]{(byte) 0xFF, (byte) 0xC3, 0x28, ' ', 'H', 'T', 'T', 'P', '/', '1', '.', '1'});
            default -> {
                attempt.headers.add("Content-Length: 5".getBytes(StandardCharsets.US_ASCII));
                attempt.headers.add("Content-Length: 7".getBytes(StandardCharsets.US_ASCII));
                yield requestLine;
            }
        };
    }

    // ----------------------------------------------------------------------------------------------------- bodies

    private record Body(String contentType, byte[] bytes) {
    }

    private Body body(RegisteredRoute route, boolean api, boolean staffPage, SplittableRandom random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return new Body(pick(CONTENT_TYPES, random), junk(random));
        }
        if (kind == 1) {
            return new Body(null, new byte[0]);
        }
        if (kind == 2) {
            return multipart(random);
        }
        boolean json = api ? kind > 4 : kind <= 4;
        if (json) {
            String type = random.nextInt(15) == 0 ? pick(CONTENT_TYPES, random) : "application/json";
            return new Body(type, json(route, random));
        }
        String type = random.nextInt(15) == 0 ? pick(CONTENT_TYPES, random) : "application/x-www-form-urlencoded";
        return new Body(type, form(route, staffPage, random).getBytes(StandardCharsets.UTF_8));
    }

    private String form(RegisteredRoute route, boolean staffPage, SplittableRandom random) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(forms.getOrDefault(route, List.of()));
        if (fields.isEmpty() || random.nextInt(4) == 0) {
            for (int n = random.nextInt(6); n > 0; n--) {
                String name = !memberNames.isEmpty() && random.nextBoolean() ? pick(List.copyOf(memberNames), random)
                        : pick(QUERY_NAMES, random);
                fields.add(Map.entry(name, knownValue(name, random)));
            }
        }
        if (staffPage && random.nextInt(10) != 0) {
            fields.removeIf(field -> field.getKey().equals("csrf"));
            fields.add(Map.entry("csrf", session.csrfToken()));
        }
        // Most often one field is bent and the rest left as the page gave them, so that the form gets as far as it can.
        for (int n = random.nextInt(3) == 0 ? random.nextInt(4) : 1; n > 0 && !fields.isEmpty(); n--) {
            int at = random.nextInt(fields.size());
            String value = fields.get(at).getValue();
            value = switch (random.nextInt(5)) {
                case 0, 1 -> Naughty.spoil(value, random);
                case 2 -> Naughty.number(random);
                default -> Naughty.string(random);
            };
            fields.set(at, Map.entry(fields.get(at).getKey(), value));
        }
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(Naughty.encode(field.getKey(), random)).append('=').append(Naughty.encode(field.getValue(), random));
        }
        return body.toString();
    }

    private byte[] json(RegisteredRoute route, SplittableRandom random) {
        int shape = random.nextInt(30);
        if (shape == 0) {
            int depth = pick(List.of(63, 64, 65, 100, 600, 5_000), random);
            return ("{\"text\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
        }
        if (shape == 1) {
            int depth = pick(List.of(64, 65, 501), random);
            return ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);
        }
        if (shape == 2) {
            return concat("{\"text\":\"caf".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xE9, (byte) 0xFF,
                    '"', '}'});
        }
        if (shape == 3) {
            return "{\"text\":\"raw\u0000control\u0001\"}".getBytes(StandardCharsets.UTF_8);
        }
        if (shape == 4) {
            return pick(List.of("null", "[]", "\"text\"", "42", "true", "{", "{\"a\":}", "\uFEFF{}", "{}/*x*/",
                    "{\"a\":1,\"a\":2}", "{'a':1}", "[{}]"), random).getBytes(StandardCharsets.UTF_8);
        }
        JsonNode template = answers.get(route.path());
        Map<String, String> members = new LinkedHashMap<>();
        if (template != null && template.isObject() && random.nextInt(4) != 0) {
            for (Map.Entry<String, JsonNode> member : template.properties()) {
                members.put(member.getKey(), member.getValue().toString());
            }
        }
        if (members.isEmpty() || random.nextInt(3) == 0) {
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                String name = memberNames.isEmpty() || random.nextInt(8) == 0 ? Naughty.string(random)
                        : pick(List.copyOf(memberNames), random);
                members.put(name, Naughty.jsonString(knownValue(name, random)));
            }
        }
        List<String> names = new ArrayList<>(members.keySet());
        for (int n = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 1; n > 0 && !names.isEmpty(); n--) {
            String name = pick(names, random);
            String current = members.get(name);
            boolean text = current.startsWith("\"") && current.length() > 2;
            members.put(name, text && random.nextBoolean()
                    ? Naughty.jsonString(Naughty.spoil(JSON.readTree(current).asString(), random)) : value(random, 0));
        }
        StringBuilder body = new StringBuilder("{");
        members.forEach((name, value) -> body.append(body.length() > 1 ? "," : "").append(Naughty.jsonString(name))
                .append(':').append(value));
        return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON value of any type, as text. */
    private static String value(SplittableRandom random, int depth) {
        return switch (random.nextInt(depth > 2 ? 6 : 9)) {
            case 0, 1 -> Naughty.jsonString(Naughty.string(random));
            case 2 -> Naughty.number(random);
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> "null";
            case 5 -> Naughty.jsonString(pick(List.of("PATIENT", "CARER", "NO_SUCH_ROLE", "published", "STEP_FREE",
                    "RECEIVED", "ADMIN", "programme", "community", "x"), random));
            case 6 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
            case 7 -> "{\"value\":" + value(random, depth + 1) + ",\"x\":" + value(random, depth + 1) + "}";
            default -> "[]";
        };
    }

    private static Body multipart(SplittableRandom random) {
        String csv = "about,slug,role,text,channel,received\r\n" + "community,kendal,PATIENT,"
                + Naughty.string(random).replace(",", " ") + ",PAPER,2026-01-01\r\n";
        String body = "--fuzz\r\nContent-Disposition: form-data; name=\"" + Naughty.string(random).replace("\"", "")
                + "\"\r\n\r\n" + Naughty.string(random) + "\r\n--fuzz\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"views.csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--fuzz--\r\n";
        return new Body("multipart/form-data; boundary=fuzz", body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] junk(SplittableRandom random) {
        byte[] junk = new byte[random.nextInt(2_000)];
        random.nextBytes(junk);
        return junk;
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        if (body.length > 0) {
            chunked.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(body);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunked.toByteArray();
    }

    // ----------------------------------------------------------------------------------------- what is stored

    private static String difference(List<List<?>> before, List<List<?>> after) {
        for (int store = 0; store < before.size(); store++) {
            if (!before.get(store).equals(after.get(store))) {
                Set<Object> old = new HashSet<>(before.get(store));
                List<String> changed = after.get(store).stream().filter(record -> !old.contains(record))
                        .map(record -> record.getClass().getSimpleName()).toList();
                return "store " + store + " (" + changed + ")";
            }
        }
        return "?";
    }

    /** The kind of record an accepted request stored holding text the domain refuses, or null when none does. */
    private static String refusedTextStored(List<List<?>> before, List<List<?>> after) {
        for (int store = 0; store < after.size(); store++) {
            Set<Object> old = new HashSet<>(before.get(store));
            for (Object record : after.get(store)) {
                if (!old.contains(record) && holdsRefusedText(record, new IdentityHashMap<>())) {
                    return record.getClass().getSimpleName();
                }
            }
        }
        return null;
    }

    private static boolean holdsRefusedText(Object value, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return false;
        }
        if (value instanceof String text) {
            return Naughty.isRefusedText(text);
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() && holdsRefusedText(optional.get(), seen);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().anyMatch(element -> holdsRefusedText(element, seen));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(entry -> holdsRefusedText(entry.getKey(), seen)
                    || holdsRefusedText(entry.getValue(), seen));
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    if (holdsRefusedText(component.getAccessor().invoke(value), seen)) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------- staff and the service

    private void signIn() {
        staff = web.staff().member(Role.values());
        session = web.staff().signIn(staff);
        token = web.staff().apiToken(staff);
    }

    /** A try may sign the member out, revoke its token or take its roles: then the tries go on as another. */
    private void keepSignedIn() {
        var signedIn = web.application().authenticate().session(session.sessionToken());
        boolean whole = signedIn.isPresent() && signedIn.get().member().roles().containsAll(List.of(Role.values()))
                && web.application().authenticate().apiToken(token).isPresent();
        if (!whole) {
            signIn();
        }
    }

    /** A view and a meeting with a registration, so that the addresses of each have something to find. */
    private void seed_data() {
        var officer = staff.actor();
        var meeting = web.application().scheduleMeetings().schedule(officer, new MeetingDraft(
                Optional.of(new Slug("kendal")), Optional.empty(), "Kendal conversation", "Tell us what matters.",
                LocalDateTime.of(LocalDate.now().getYear() + 1, 3, 10, 18, 0),
                LocalDateTime.of(LocalDate.now().getYear() + 1, 3, 10, 20, 0),
                Optional.of(new Venue("Town Hall", "Highgate, Kendal", Set.of(AccessFeature.STEP_FREE), Optional.empty())),
                Optional.empty(), 30)).orElseThrow();
        String meetingId = meeting.meeting().meeting().id().toString();
        learn("id", meetingId);
        learnFrom(request("POST", "/api/v1/feedback", "application/json", "{\"about\":\"community\",\"slug\":\"kendal\","
                + "\"role\":\"PATIENT\",\"text\":\"The bus to the hospital is hard to catch.\",\"consentToPublish\":true}"));
        learnFrom(request("POST", "/api/v1/meetings/" + meetingId + "/registrations", "application/json",
                "{\"name\":\"Sam Person\",\"email\":\"sam@example.org\",\"places\":1}"));
    }

    /** Reads every page and API answer the routes give, learning ids, slugs, tokens, forms and member names. */
    private void harvest() {
        // First the addresses without parameters, which list what the others need; then those with.
        for (boolean withParameters : new boolean[]{false, true}) {
            for (RegisteredRoute route : routes) {
                if (!route.method().equals("GET") || route.hasParameters() != withParameters) {
                    continue;
                }
                for (String path : concretePaths(route.path())) {
                    RawHttp.Answer answer = request("GET", path, null, null);
                    learnFrom(answer);
                    if (answer.status() == 200 && answer.contentType().startsWith("application/json")) {
                        JsonNode json = JSON.readTree(answer.body());
                        JsonNode one = json.has("items") && json.get("items").size() > 0 ? json.get("items").get(0) : json;
                        answers.putIfAbsent(route.path(), one);
                    }
                }
            }
        }
    }

    private List<String> concretePaths(String pattern) {
        List<String> paths = new ArrayList<>(List.of(pattern));
        Matcher parameter = PARAMETER.matcher(pattern);
        while (parameter.find()) {
            List<String> values = List.copyOf(known.getOrDefault(parameter.group(1), Set.of()));
            List<String> filled = new ArrayList<>();
            for (String path : paths) {
                for (String value : values.subList(0, Math.min(values.size(), 3))) {
                    filled.add(path.replace(parameter.group(), Naughty.encode(value)));
                }
            }
            paths = filled;
        }
        return paths;
    }

    private RawHttp.Answer request(String method, String path, String contentType, String body) {
        List<byte[]> headers = new ArrayList<>();
        headers.add(("Host: 127.0.0.1:" + web.server().port()).getBytes(StandardCharsets.US_ASCII));
        if (path.startsWith("/staff")) {
            headers.add(("Cookie: bct-session=" + session.sessionToken()).getBytes(StandardCharsets.US_ASCII));
        }
        if (path.startsWith("/api/v1/staff")) {
            headers.add(("Authorization: Bearer " + token).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            headers.add(("Content-Type: " + contentType).getBytes(StandardCharsets.US_ASCII));
            headers.add(("Content-Length: " + bytes.length).getBytes(StandardCharsets.US_ASCII));
        }
        headers.add("Connection: close".getBytes(StandardCharsets.US_ASCII));
        try {
            return http.send((method + " " + path + " HTTP/1.1").getBytes(StandardCharsets.UTF_8), headers, bytes);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path, e);
        }
    }

    private void learnFrom(RawHttp.Answer answer) {
        String text = answer.text();
        if (answer.contentType().startsWith("application/json")) {
            learnFrom(JSON.readTree(answer.body()));
        }
        Matcher link = HREF.matcher(text);
        while (link.find()) {
            learnFromPath(link.group(1));
        }
        String location = answer.header("location");
        if (location != null) {
            learnFromPath(location.split("\\?", 2)[0]);
        }
        if (answer.contentType().startsWith("text/html")) {
            learnForms(text);
        }
    }

    private void learnFrom(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                memberNames.add(member.getKey());
                JsonNode value = member.getValue();
                if (value.isString() && value.asString().length() <= 200) {
                    String name = member.getKey();
                    if (name.equals("id") || name.endsWith("Id")) {
                        learn("id", value.asString());
                    } else if (name.equals("slug") || name.endsWith("Slug")) {
                        learn("slug", value.asString());
                    } else if (value.asString().startsWith("/")) {
                        learnFromPath(value.asString());
                    } else {
                        learn(name, value.asString());
                    }
                }
                learnFrom(value);
            }
        } else if (node.isArray()) {
            node.forEach(this::learnFrom);
        }
    }

    /** The values a path gives each parameter of the routes it matches. */
    private void learnFromPath(String path) {
        for (RegisteredRoute route : routes) {
            if (!route.hasParameters()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher parameter = PARAMETER.matcher(route.path());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(route.path().substring(last, parameter.start()))).append("([^/]+)");
                names.add(parameter.group(1));
                last = parameter.end();
            }
            regex.append(Pattern.quote(route.path().substring(last)));
            Matcher match = Pattern.compile(regex.toString()).matcher(path);
            if (match.matches()) {
                for (int i = 0; i < names.size(); i++) {
                    learn(names.get(i), java.net.URLDecoder.decode(match.group(i + 1), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private void learnForms(String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            String action = attributes.getOrDefault("action", "");
            if (!"post".equalsIgnoreCase(attributes.get("method")) || !action.startsWith("/")) {
                continue;
            }
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> field = attributes(input.group(2));
                String name = field.get("name");
                if (name == null) {
                    continue;
                }
                String value = field.getOrDefault("value", "");
                if (input.group(1).equals("select")) {
                    Matcher option = OPTION.matcher(form.group(2).substring(input.end()));
                    value = option.find() ? option.group(1) : "";
                } else if (input.group(1).equals("textarea")) {
                    value = "Some words for " + name;
                }
                fields.add(Map.entry(name, unescape(value)));
            }
            String path = action.split("\\?", 2)[0];
            for (RegisteredRoute route : routes) {
                if (route.method().equals("POST") && matches(route.path(), path)) {
                    forms.putIfAbsent(route, fields);
                }
            }
            learnFromPath(path);
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static boolean matches(String pattern, String path) {
        return path.matches(PARAMETER.matcher(Pattern.quote(pattern)).replaceAll("\\\\E[^/]+\\\\Q"));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    private void learn(String name, String value) {
        if (value != null && !value.isBlank()) {
            known.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value);
        }
    }

    private String knownValue(String name, SplittableRandom random) {
        Set<String> values = known.get(name);
        return values == null || values.isEmpty() ? Naughty.string(random) : pick(List.copyOf(values), random);
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static long seed() {
        String seed = System.getProperty("bct.fuzz.seed", "20261206");
        return seed.equals("random") ? new java.util.Random().nextLong() : Long.parseLong(seed);
    }
}
