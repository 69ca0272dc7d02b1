package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;

/**
 * A consultation as staff describe it before it is scheduled: its address, what it is about (the programme, or a
 * community, workstream or network by slug), its wording, documents, the decision it informs, the partner running it,
 * its times and its questions. Every part must be given; the rules each must keep are the consultation's own,
 * checked as one is drafted from it.
 */
public record ConsultationDraft(Slug slug, ViewAbout about, String title, String summary, List<DocumentLink> documents,
                                String decisionInformed, PartnerId runBy, OpeningTimes times,
                                List<Question> questions) {

    public ConsultationDraft {
        Require.present(slug, "slug");
        Require.present(about, "about");
        Require.present(title, "title");
        Require.present(summary, "summary");
        documents = Require.listOf(documents, "documents");
        Require.present(decisionInformed, "decisionInformed");
        Require.present(runBy, "runBy");
        Require.present(times, "times");
        questions = Require.listOf(questions, "questions");
    }
}
