package org.bettercaretogether.application.architecturefixture;

import java.sql.Connection;

/** Breaks the dependency rule on purpose, to prove the architecture test would notice. Test code only. */
public final class ServiceUsingJdbc {

    public boolean open(Connection connection) throws java.sql.SQLException {
        return !connection.isClosed();
    }
}
