package org.bettercaretogether.web.consultation;

import jakarta.inject.Inject;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.consultation.AnswerConsultation;
import org.bettercaretogether.application.consultation.AnswerPageByPage;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.EnterPaperResponse;
import org.bettercaretogether.application.consultation.ModerateFreeText;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * Consultations on the web: the pages that list them, show one and show its results ({@code /consultations...}),
 * the pages that answer one a question at a time ({@code /consultations/{slug}/respond...}) and show one's own answers
 * by their private link ({@code /consultation-responses/{token}}),
 * the public API that lists them, shows one, shows its results and takes responses
 * ({@code /api/v1/consultations...}), and the private link to one's own answers
 * ({@code /api/v1/consultation-responses/{token}}); and the staff API that runs them
 * ({@code /api/v1/staff/consultations...}) and the staff pages that do the same ({@code /staff/consultations...},
 * choosing places and partners from {@code directory}), moderates their free-text answers and enters paper responses
 * ({@link StaffFreeTextApiRoutes}). A consultation's results, in page and API, list the changes made that came from it,
 * read from {@code youSaidWeDid}.
 */
public final class ConsultationWeb extends FeatureRoutes {

    @Inject
    public ConsultationWeb(BrowseConsultations browse, AnswerConsultation answer, AnswerPageByPage answering,
                           RunConsultations run, YouSaidWeDid youSaidWeDid, BrowseDirectory directory,
                           ModerateFreeText moderate, EnterPaperResponse paper) {
        super(new ConsultationPageRoutes(browse, youSaidWeDid), new AnswerRoutes(browse, answering),
                new ConsultationApiRoutes(browse, answer, youSaidWeDid),
                new StaffConsultationApiRoutes(run, browse, youSaidWeDid),
                new StaffConsultationRoutes(run, directory), new StaffFreeTextApiRoutes(moderate, paper),
                new StaffFreeTextPageRoutes(moderate), new StaffPaperResponseRoutes(paper, browse));
    }
}
