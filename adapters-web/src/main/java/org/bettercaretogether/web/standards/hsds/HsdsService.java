package org.bettercaretogether.web.standards.hsds;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS service: a community's integrated care, or one of its community projects, given by the community's
 * organization (a project serving several communities is given by the first of them by id); a project also carries
 * its weekly schedules. Read on its own it also
 * carries the areas it serves and its locations, the community's towns and postcode districts, and the organization
 * that gives it; in a list and inside its organization, its own fields only.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsService(String id, String organizationId, String name, String description, String url, String status,
                   List<Area> serviceAreas, List<AtLocation> serviceAtLocations, List<Schedule> schedules,
                   HsdsOrganization organization) {

    /** HSDS's status of a service that is running. */
    static final String ACTIVE = "active";

    /** A town or postcode district the service covers. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Area(String id, String serviceId, String name, String description) {
    }

    /** The service at one of its places. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AtLocation(String id, String serviceId, String locationId, Location location) {
    }

    /** A town or postcode district as a place: {@code physical}, a place in the world, not an address to post to. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Location(String id, String locationType, String organizationId, String name, String description) {
    }

    /**
     * When a community project meets: weekly on one day ({@code byday} as iCalendar writes it, {@code TU}), from
     * {@code opensAt} to {@code closesAt} in UK time, with the same in words; or, for a project whose times are only
     * said in words, the words alone.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Schedule(String id, String serviceId, String freq, String wkst, String byday, String opensAt,
                    String closesAt, String description) {
    }

    /** The service as a list shows it: its own fields, without the records that belong to it. */
    HsdsService listed() {
        return new HsdsService(id, organizationId, name, description, url, status, null, null, null, null);
    }
}
