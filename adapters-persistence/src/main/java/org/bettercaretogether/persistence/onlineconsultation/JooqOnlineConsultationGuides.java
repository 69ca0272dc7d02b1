package org.bettercaretogether.persistence.onlineconsultation;

import org.bettercaretogether.application.onlineconsultation.OnlineConsultationGuides;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;
import org.bettercaretogether.persistence.jooq.tables.records.OnlineConsultationGuideRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.bettercaretogether.persistence.jooq.Tables.ONLINE_CONSULTATION_GUIDE;

/**
 * The guides in {@code online_consultation_guide}, one row per community. A new guide is inserted only if the
 * community has none (two staff writing the first guide at once: one wins); a change is written only at the version
 * read. Rows become guides in {@link #guide} and guides rows in {@link #row}, nowhere else.
 */
public final class JooqOnlineConsultationGuides implements OnlineConsultationGuides {

    private final DSLContext dsl;

    public JooqOnlineConsultationGuides(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<OnlineConsultationGuide> all() {
        return where(DSL.noCondition());
    }

    @Override
    public Optional<OnlineConsultationGuide> find(CommunityId community) {
        return where(ONLINE_CONSULTATION_GUIDE.COMMUNITY_ID.eq(community.value())).stream().findFirst();
    }

    @Override
    public Optional<OnlineConsultationGuide> store(OnlineConsultationGuide guide) {
        OnlineConsultationGuide stored = guide.withVersion(guide.version() + 1);
        int written = guide.version() == 0
                ? dsl.insertInto(ONLINE_CONSULTATION_GUIDE).set(row(stored)).onConflictDoNothing().execute()
                : dsl.update(ONLINE_CONSULTATION_GUIDE).set(row(stored))
                .where(ONLINE_CONSULTATION_GUIDE.COMMUNITY_ID.eq(guide.community().value())
                        .and(ONLINE_CONSULTATION_GUIDE.VERSION.eq(guide.version())))
                .execute();
        return written == 1 ? Optional.of(stored) : Optional.empty();
    }

    private List<OnlineConsultationGuide> where(Condition condition) {
        return dsl.selectFrom(ONLINE_CONSULTATION_GUIDE).where(condition)
                .orderBy(ONLINE_CONSULTATION_GUIDE.COMMUNITY_ID)
                .fetch(JooqOnlineConsultationGuides::guide);
    }

    private static OnlineConsultationGuide guide(OnlineConsultationGuideRecord row) {
        return new OnlineConsultationGuide(new CommunityId(row.getCommunityId()), row.getExplanation(),
                URI.create(row.getNhsService()), row.getChangedAt().toInstant(), row.getVersion());
    }

    private OnlineConsultationGuideRecord row(OnlineConsultationGuide guide) {
        OnlineConsultationGuideRecord row = dsl.newRecord(ONLINE_CONSULTATION_GUIDE);
        row.setCommunityId(guide.community().value());
        row.setExplanation(guide.explanation());
        row.setNhsService(guide.nhsService().toString());
        row.setChangedAt(guide.changedAt().atOffset(ZoneOffset.UTC));
        row.setVersion(guide.version());
        return row;
    }
}
