package org.bettercaretogether.web.search;

import org.bettercaretogether.application.search.SearchHit;
import org.bettercaretogether.web.platform.Formats;

import java.time.ZoneId;
import java.util.Locale;

/**
 * One search result as the page and the API show it: what it is, its heading, where to read it in full, its date,
 * and its passages as escaped HTML with the matches marked ({@link MarkedPassage}).
 *
 * @param answerHtml the passage of a view's answer (or a meeting's notes) that matches, or null
 */
public record FoundRecord(String kind, String kindTitle, String id, String heading, String href, String community,
                          String communitySlug, String respondent, String date, String textHtml, String answerHtml) {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    static FoundRecord of(SearchHit hit) {
        String community = hit.community().map(SearchHit.Community::name).orElse(null);
        String slug = hit.community().map(c -> c.slug().value()).orElse(null);
        String heading = hit.title().orElseGet(() -> "A view from "
                + hit.respondent().map(role -> article(role.title())).orElse("someone")
                + (community == null ? "" : " about " + community));
        return new FoundRecord(hit.kind().key(), hit.kind().title(), hit.id().toString(), heading, href(hit, slug),
                community, slug, hit.respondent().map(SearchParameters::key).orElse(null),
                Formats.date(hit.dated().atZone(UK).toLocalDate()), MarkedPassage.html(hit.text()),
                hit.answer().map(MarkedPassage::html).orElse(null));
    }

    private static String article(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + (title.equals("NHS staff") ? title : lower);
    }

    /** Where the record is read in full on the site. */
    private static String href(SearchHit hit, String slug) {
        return switch (hit.kind()) {
            case VIEW -> slug == null ? "/views" : "/views?community=" + slug;
            case CHANGE -> slug == null ? "/you-said-we-did" : "/communities/" + slug + "/you-said-we-did";
            case KEY_QUESTION -> "/key-questions";
            case PRIORITY -> slug == null ? "/priorities" : "/communities/" + slug;
            case MEETING -> "/meetings/" + hit.id();
            case PROJECT -> "/projects/" + hit.id();
        };
    }
}
