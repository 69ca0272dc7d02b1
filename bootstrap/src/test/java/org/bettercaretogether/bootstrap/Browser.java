package org.bettercaretogether.bootstrap;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.security.TimeBasedCodes;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser without JavaScript, for system tests: keeps cookies, follows no redirect, posts forms. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]*)\">");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)</code>");

    private final HttpClient client;
    private final String base;

    Browser(int port) {
        this(HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build(), port);
    }

    private Browser(HttpClient client, int port) {
        this.client = client;
        this.base = "http://localhost:" + port;
    }

    /**
     * The same browser, with the same cookies, opening the service on {@code port}: as behind a load balancer that
     * sends each request to one node or another of the same site.
     */
    Browser at(int port) {
        return new Browser(client, port);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return Http.send(client, HttpRequest.newBuilder(URI.create(base + path)).build());
    }

    /** Reads the CSRF token from the page at {@code page}, then posts it with {@code fields} to {@code action}. */
    HttpResponse<String> submit(String page, String action, String... fields) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(page).body());
        assertThat(csrf.find()).as("a CSRF token on %s", page).isTrue();
        StringBuilder body = new StringBuilder("csrf=").append(encode(csrf.group(1)));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return post(action, body.toString());
    }

    /**
     * On the second-factor page, sets up an authenticator app as a person does who types the secret shown into one,
     * and enters the code it then shows; answers the secret, Base32, for the codes of later sign-ins.
     */
    String setUpAuthenticator() throws IOException, InterruptedException {
        return setUpAuthenticator(Instant.now());
    }

    /** As {@link #setUpAuthenticator()}, for a service whose clock reads {@code now}. */
    String setUpAuthenticator(Instant now) throws IOException, InterruptedException {
        Matcher secret = SECRET.matcher(get("/staff/second-factor").body());
        assertThat(secret.find()).as("the secret on the second-factor page").isTrue();
        String base32 = secret.group(1).replace(" ", "");
        HttpResponse<String> done = submit("/staff/second-factor", "/staff/second-factor", "code",
                TimeBasedCodes.code(TimeBasedCodes.fromBase32(base32), TimeBasedCodes.step(now)));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        return base32;
    }

    /** Posts a public form's {@code fields} to {@code action}, as a browser does from a page of this site. */
    HttpResponse<String> post(String action, String... fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return post(action, body.toString());
    }

    private HttpResponse<String> post(String action, String body) throws IOException, InterruptedException {
        return Http.send(client, HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
