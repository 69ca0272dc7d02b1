package org.bettercaretogether.web.staff;

/** The model of the page that shows a new API token, the one time it can be seen. */
public record IssuedTokenPage(String token, TokenJson details) {

    public static final String HEADING = "Your new API token";

    @Override
    public String toString() {
        return "IssuedTokenPage[" + details.id() + "]";
    }
}
