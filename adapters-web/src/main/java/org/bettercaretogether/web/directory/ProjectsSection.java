package org.bettercaretogether.web.directory;

import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.application.project.ProjectEntry;
import org.bettercaretogether.application.project.ProjectSearch;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.ProjectDetails;

import java.util.List;
import java.util.Optional;

/**
 * What a community's page shows of the community projects its people can join: the first few by name, each linked to
 * its page with its kind and cost, and the address of the community's whole list.
 */
public record ProjectsSection(String name, List<Item> projects, String allHref, boolean more) {

    /** How many projects the section shows; the community's list has the rest. */
    static final int SHOWN = 5;

    public ProjectsSection {
        projects = List.copyOf(projects);
    }

    /** One project: its name, page, kind and cost. */
    public record Item(String name, String href, String category, String cost) {
    }

    static ProjectsSection of(BrowseProjects projects, CommunityId community, String name, String slug) {
        var page = projects.find(ProjectSearch.in(community), Optional.empty(), SHOWN).orElseThrow();
        return new ProjectsSection(name, page.items().stream().map(ProjectsSection::item).toList(),
                "/communities/" + slug + "/projects", page.next().isPresent());
    }

    private static Item item(ProjectEntry entry) {
        ProjectDetails details = entry.project().details();
        return new Item(details.name(), "/projects/" + entry.project().id(), details.category().title(),
                details.cost().free() ? "Free" : details.cost().charge().orElseThrow());
    }
}
