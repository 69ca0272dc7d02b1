package org.bettercaretogether.web.project;

/**
 * The model of {@code /staff/projects/{id}}: the project as the public would read it, its status, its version, and
 * who suggested it while the suggestion waits (personal data, shown to staff only).
 */
public record StaffProjectPage(ProjectSummary project, String status, String version, String suggesterName,
                               String suggesterEmail, boolean suggested, boolean listed) {

    public String action(String step) {
        return StaffProjectRoutes.PAGES + "/" + project.id() + "/" + step;
    }
}
