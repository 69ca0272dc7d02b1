package org.bettercaretogether.web.staff;

import java.util.List;

/**
 * The caller of the staff API as {@code GET /api/v1/staff/me} answers it: their staff id, the partner
 * organisation they work for and their roles ({@code MODERATOR}, {@code RESPONDER}, {@code ENGAGEMENT_OFFICER},
 * {@code ADMIN}). An API token knows no more about its owner than this, so their name and email address are not
 * answered here.
 */
public record MeJson(String id, Partner partner, List<String> roles) {

    /** The organisation, with its name when the directory knows it. */
    public record Partner(String id, String name) {
    }
}
