package it.perfmon.mail.service;

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

    /** Both optional: only messages in this state, only messages queued at or after this instant. */
    public record Filter(MailState state, Instant since) {
    }

    public Page<MailMessage> list(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.state() != null) {
            where.add("state = :state");
            params.and("state", filter.state());
        }
        if (filter.since() != null) {
            where.add("createdAt >= :since");
            params.and("since", filter.since());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        PanacheQuery<MailMessage> found = MailMessage.find(query,
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), params);
        List<MailMessage> items = found.range(page.offset(), page.offset() + page.limit() - 1).list();
        return new Page<>(items, page.offset(), page.limit(), found.count());
    }
}
