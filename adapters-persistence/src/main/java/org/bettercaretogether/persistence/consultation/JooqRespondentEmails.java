package org.bettercaretogether.persistence.consultation;

import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.jooq.DSLContext;

import java.util.List;

import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_UPDATE_EMAIL;

/** The addresses left for updates in {@code consultation_update_email}, one a response, apart from its answers. */
public final class JooqRespondentEmails implements RespondentEmails {

    private final DSLContext dsl;

    public JooqRespondentEmails(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(ResponseId response, ConsultationId consultation, EmailAddress email) {
        dsl.insertInto(CONSULTATION_UPDATE_EMAIL)
                .set(CONSULTATION_UPDATE_EMAIL.RESPONSE_ID, response.value())
                .set(CONSULTATION_UPDATE_EMAIL.CONSULTATION_ID, consultation.value())
                .set(CONSULTATION_UPDATE_EMAIL.EMAIL, email.value())
                .execute();
    }

    @Override
    public List<EmailAddress> forUpdates(ConsultationId consultation) {
        return dsl.selectDistinct(CONSULTATION_UPDATE_EMAIL.EMAIL)
                .from(CONSULTATION_UPDATE_EMAIL)
                .where(CONSULTATION_UPDATE_EMAIL.CONSULTATION_ID.eq(consultation.value()))
                .orderBy(CONSULTATION_UPDATE_EMAIL.EMAIL)
                .fetch(row -> new EmailAddress(row.value1()));
    }

    @Override
    public List<ConsultationId> consultationsOf(EmailAddress email) {
        return dsl.selectDistinct(CONSULTATION_UPDATE_EMAIL.CONSULTATION_ID)
                .from(CONSULTATION_UPDATE_EMAIL)
                .where(CONSULTATION_UPDATE_EMAIL.EMAIL.eq(email.value()))
                .fetch(row -> new ConsultationId(row.value1()));
    }

    @Override
    public int forget(EmailAddress email) {
        return dsl.deleteFrom(CONSULTATION_UPDATE_EMAIL).where(CONSULTATION_UPDATE_EMAIL.EMAIL.eq(email.value()))
                .execute();
    }
}
