package org.bettercaretogether.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, as far as these tests need one: it keeps the cookies the server sets (and
 * forgets those it expires), sends them back, posts forms, and can send extra headers on every request (the
 * {@code X-Forwarded-*} of a proxy, an {@code Origin}). It does not follow redirects.
 */
public final class Browser {

    /** The second step of signing in. */
    public static final String SIGN_IN_CODE = "/staff/sign-in/code";

    private static final Pattern HIDDEN_CSRF = Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]*)\">");

    private final RunningServer server;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Browser(RunningServer server) {
        this.server = server;
    }

    /** Sends {@code name: value} with every request from now on. */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** As if the request came from {@code address} through a proxy that ended TLS. */
    public Browser throughHttpsProxy(String address) {
        return header("X-Forwarded-Proto", "https").header("X-Forwarded-For", address);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Posts a form: {@code fields} are names and values in turn. */
    public HttpResponse<String> post(String path, String... fields) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(server.uri(path));
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = server.send(request.build());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] nameValue = header.split(";", 2)[0].split("=", 2);
            if (header.contains("Max-Age=0")) {
                cookies.remove(nameValue[0]);
            } else {
                cookies.put(nameValue[0], nameValue[1]);
            }
        }
        return response;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public Browser cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public Browser forget(String name) {
        cookies.remove(name);
        return this;
    }

    /** Signs in through the form, as a person would; answers the server's answer to the form. */
    public HttpResponse<String> signIn(String email, String password) {
        String form = get("/staff/sign-in").body();
        return post("/staff/sign-in", "csrf", csrf(form), "email", email, "password", password);
    }

    /**
     * Signs in as {@code account} and asserts it worked: the password, then, when the service asks for it, the code of
     * the account's authenticator app, each through its form.
     */
    public Browser signInAs(StaffAccounts.Account account) {
        var response = signIn(account.email(), account.password());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        if (response.headers().firstValue("Location").orElse("").equals(SIGN_IN_CODE)) {
            response = submit(SIGN_IN_CODE, SIGN_IN_CODE, "code", account.authenticator().orElseThrow().nextCode());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        }
        return this;
    }

    /** Fetches {@code path} and posts its first form's CSRF token with {@code fields} to {@code action}. */
    public HttpResponse<String> submit(String path, String action, String... fields) {
        String csrf = csrf(get(path).body());
        String[] all = new String[fields.length + 2];
        all[0] = "csrf";
        all[1] = csrf;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return post(action, all);
    }

    /** The value of the first hidden {@code csrf} field of a page. */
    public static String csrf(String html) {
        Matcher matcher = HIDDEN_CSRF.matcher(html);
        assertThat(matcher.find()).as("a hidden csrf field in " + html).isTrue();
        return matcher.group(1);
    }

    /** The Set-Cookie headers of an answer for the cookie {@code name}. */
    public static List<String> setCookies(HttpResponse<String> response, String name) {
        List<String> found = new ArrayList<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                found.add(header);
            }
        }
        return found;
    }

    private static String form(String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields are names and values in turn");
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }
}
