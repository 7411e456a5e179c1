package it.perfmon.mail.service;

import it.perfmon.common.PerfmonConfig;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.service.OrganisationAccess;
import it.perfmon.reminder.service.ReminderPlanner;
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
    private final String hostOrganisation;

    SentMail(OrganisationAccess access, PerfmonConfig config) {
        this.access = access;
        this.hostOrganisation = config.defaultOrganisation();
    }

    /**
     * The messages written for people of the administrator's organisation. One written for no account, or whose
     * recipient's account was deleted, belongs to no organisation: it is the deployment's, listed to the
     * administrators of the organisation that hosts it (the default one), who run its outbox.
     */
    public Page<MailMessage> list(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Organisation own = access.own();
        // A reminder about a collection is the collection's organisation's, whoever it went to (a person of
        // another organisation who is an editor there); any other message, or one about a collection no longer
        // there, is its recipient's home organisation's.
        String collections = "select c.id from Collection c where c.period.plan.organisation.id";
        String members = "userId in (select u.id from AppUser u where u.organisation.id = :organisation)";
        String others = own.code.equals(hostOrganisation) ? "(userId is null or " + members + ")" : members;
        where.add("(aboutKind = :collection and aboutId in (" + collections + " = :organisation) or (aboutKind is null "
                + "or aboutKind <> :collection or aboutId is null or aboutId not in (" + collections
                + " <> :organisation)) and " + others + ")");
        Parameters params = Parameters.with("organisation", own.id).and("collection", ReminderPlanner.ABOUT_COLLECTION);
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
