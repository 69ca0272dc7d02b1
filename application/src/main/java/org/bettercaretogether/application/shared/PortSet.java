package org.bettercaretogether.application.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outbound ports one adapter implements, each listed once as the interface the application knows it by and the
 * object that implements it, so that a composition root binds them all without naming each (and a new port is one
 * line in its adapter). Filled once, by the adapter's constructor; read-only after.
 */
public final class PortSet {

    /** One outbound port of the application and what implements it. */
    public record Port<T>(Class<T> type, T implementation) {
        public Port {
            Objects.requireNonNull(type, "type");
            if (!type.isInstance(implementation)) {
                throw new IllegalArgumentException(implementation + " does not implement " + type.getName());
            }
        }
    }

    private final String where;
    private final Map<Class<?>, Port<?>> ports = new LinkedHashMap<>();

    /** An empty set; {@code where} says where its ports keep things, as in "kept in PostgreSQL", for a refusal. */
    public PortSet(String where) {
        this.where = where;
    }

    /** Lists {@code implementation} as the port {@code type}; refuses a port listed already. */
    public <T> void add(Class<T> type, T implementation) {
        if (ports.putIfAbsent(type, new Port<>(type, implementation)) != null) {
            throw new IllegalStateException(type.getName() + " is listed twice");
        }
    }

    /** Every port, each with the interface the application knows it by. */
    public List<Port<?>> ports() {
        return List.copyOf(ports.values());
    }

    /** The implementation of the port {@code type}; refuses a type that is not one of the ports. */
    public <T> T port(Class<T> type) {
        Port<?> port = ports.get(type);
        if (port == null) {
            throw new IllegalArgumentException(type.getName() + " is not a port " + where);
        }
        return type.cast(port.implementation());
    }
}
