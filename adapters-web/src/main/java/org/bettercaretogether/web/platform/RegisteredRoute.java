package org.bettercaretogether.web.platform;

import java.util.Objects;

/**
 * One route a {@link WebServer} answers: the HTTP method and the path as declared, with its parameters in
 * braces ({@code GET /api/v1/partners/{id}}).
 */
public record RegisteredRoute(String method, String path) {

    public RegisteredRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    /** Whether the path has parameters to fill in. */
    public boolean hasParameters() {
        return path.contains("{");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
