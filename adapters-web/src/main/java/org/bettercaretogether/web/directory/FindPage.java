package org.bettercaretogether.web.directory;

/**
 * The model of the {@code /find} page. It is in one of four states: the empty form ({@code searched} false),
 * an invalid place ({@code error} set), no community found ({@code matches} null), or the communities found.
 *
 * @param place   what the person typed, shown back in the form; empty before a search
 * @param error   what to do about an invalid place, or null
 * @param matches the communities found, or null
 */
public record FindPage(String place, boolean searched, String error, PlaceMatchesJson matches) {

    public static final String HEADING = "Find your Integrated Care Community";

    static FindPage start() {
        return new FindPage("", false, null, null);
    }

    static FindPage invalid(String place, String error) {
        return new FindPage(place, true, error, null);
    }

    static FindPage noneFor(String place) {
        return new FindPage(place, true, null, null);
    }

    static FindPage found(String place, PlaceMatchesJson matches) {
        return new FindPage(place, true, null, matches);
    }

    public boolean found() {
        return matches != null;
    }

    public boolean nothingFound() {
        return searched && error == null && matches == null;
    }

    /** The page title: it says what the page shows, and starts with "Error: " when the place is invalid. */
    public String title() {
        if (error != null) {
            return "Error: " + HEADING;
        }
        if (found()) {
            return "Integrated Care Communities for " + place.strip();
        }
        if (nothingFound()) {
            return "No Integrated Care Community found for " + place.strip();
        }
        return HEADING;
    }

    /** How the place was read, in a sentence, when it was read as a postcode or a district. */
    public String reading() {
        if (matches == null) {
            return null;
        }
        return switch (matches.readAs()) {
            case "POSTCODE" -> "We used the postcode district " + matches.postcodeDistrict() + " to find your community.";
            case "POSTCODE_DISTRICT" -> "We looked for communities covering the postcode district "
                    + matches.postcodeDistrict() + ".";
            default -> null;
        };
    }
}
