package it.perfmon.mail.service;

import it.perfmon.organisation.service.OrganisationAccess;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.mail.MailMessage;
import it.perfmon.mail.MailState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the outbox holds, for administrators: queued, sent and given-up messages, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SentMail {

    /**
     * Each optional: only messages in this state, queued at or after this instant, about this kind of thing (and this
     * one of them), written for this person.
     */
    public record Filter(MailState state, Instant since, String aboutKind, Long aboutId, Long userId) {
    }

    private final OrganisationAccess access;

    SentMail(OrganisationAccess access) {
        this.access = access;
    }

    /**
     * The messages written for people of the administrator's organisation; one whose recipient's account was
     * deleted belongs to no organisation any more and is listed to none.
     */
    public Page<MailMessage> list(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        where.add("userId in (select u.id from AppUser u where u.organisation.id = :organisation)");
        Parameters params = Parameters.with("organisation", access.own().id);
        if (filter.state() != null) {
            where.add("state = :state");
            params.and("state", filter.state());
        }
        if (filter.since() != null) {
            where.add("createdAt >= :since");
            params.and("since", filter.since());
        }
        if (filter.aboutKind() != null) {
            where.add("aboutKind = :aboutKind");
            params.and("aboutKind", filter.aboutKind());
        }
        if (filter.aboutId() != null) {
            where.add("aboutId = :aboutId");
            params.and("aboutId", filter.aboutId());
        }
        if (filter.userId() != null) {
            where.add("userId = :userId");
            params.and("userId", filter.userId());
        }
        String query = String.join(" and ", where);
        PanacheQuery<MailMessage> found = MailMessage.find(query,
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), params);
        List<MailMessage> items = found.range(page.offset(), page.offset() + page.limit() - 1).list();
        return new Page<>(items, page.offset(), page.limit(), found.count());
    }
}
