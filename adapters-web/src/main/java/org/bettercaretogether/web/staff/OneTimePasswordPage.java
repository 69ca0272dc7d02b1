package org.bettercaretogether.web.staff;

/**
 * The model of the page that shows a one-time password, the one time it can be seen: after creating an account
 * or issuing a new password for it. The person must replace it when they next sign in.
 */
public record OneTimePasswordPage(String heading, String name, String email, String password, String accountHref) {

    public static final String CREATED = "Staff account created";
    public static final String RESET = "New one-time password issued";

    @Override
    public String toString() {
        return "OneTimePasswordPage[" + accountHref + "]";
    }
}
