package org.bettercaretogether.benchmarks.process;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of the sample staff, as {@code bct sample-data} prints them once: roles, email address, password and
 * an API token (and the secret of the authenticator of those who sign in with a second factor), on one line such as
 * {@code   ADMIN  ada@example.nhs.uk  password: ...  token: ...}.
 */
public record StaffMember(List<String> roles, String email, String password, String token,
                          Optional<String> authenticator) {

    private static final Pattern LINE = Pattern.compile(
            "^\\s+([A-Z_]+(?:,[A-Z_]+)*)\\s+(\\S+@\\S+)\\s+password: (\\S+)\\s+token: (\\S+)"
                    + "(?:\\s+authenticator: ([A-Z2-7]+))?\\s*$");

    public StaffMember {
        roles = List.copyOf(roles);
    }

    /** The member of staff a line of sample-data's output describes, if it describes one. */
    public static Optional<StaffMember> parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StaffMember(Arrays.asList(matcher.group(1).split(",")), matcher.group(2),
                matcher.group(3), matcher.group(4), Optional.ofNullable(matcher.group(5))));
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return "StaffMember[" + String.join(",", roles) + " " + email + "]";
    }
}
