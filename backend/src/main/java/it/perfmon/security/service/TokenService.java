package it.perfmon.security.service;

import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.AgencyClock;
import it.perfmon.common.FieldError;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Secrets;
import it.perfmon.indicator.Indicator;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.service.OrganisationAccess;
import it.perfmon.security.Role;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.security.Actor;
import it.perfmon.security.ApiToken;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;

@ApplicationScoped
@Transactional
public class TokenService {

    private static final String PREFIX = "pm_";

    private final CurrentActor actor;
    private final AuditTrail audit;
    private final OrganisationAccess access;
    private final AgencyClock clock;

    TokenService(CurrentActor actor, AuditTrail audit, OrganisationAccess access, AgencyClock clock) {
        this.actor = actor;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    private boolean regional() {
        return actor.actor().map(a -> a.role() == Role.REGIONAL).orElse(false);
    }

    public record Created(ApiToken token, String secret) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApiToken> list(PageRequest page) {
        if (regional()) {
            return Page.of(ApiToken.<ApiToken>find("organisation = ?1 and createdBy = ?2", Sort.descending("createdAt"),
                    access.own(), actor.name()).list(), page);
        }
        return Page.of(ApiToken.<ApiToken>find("organisation", Sort.descending("createdAt"), access.own()).list(), page);
    }

    public Created create(NewToken request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = clock.today();
        if (!request.expiresOn().isAfter(today) || request.expiresOn().isAfter(today.plusYears(2))) {
            errors.add(new FieldError("expiresOn", "deve essere tra domani e due anni da oggi"));
        }
        List<Long> indicatorIds = request.indicatorIds() == null ? List.of() : request.indicatorIds();
        if (regional() && !request.scopes().equals(List.of(Actor.VALUES_READ))) {
            errors.add(new FieldError("scopes", "chi opera per la Regione crea solo token con l'ambito values:read"));
        }
        if (request.allOrganisations() && !regional()) {
            errors.add(new FieldError("allOrganisations", "solo chi opera per la Regione crea token per tutte le "
                    + "organizzazioni"));
        }
        Organisation own = access.own();
        if (request.scopes().contains(Actor.COUNTS_WRITE) && indicatorIds.isEmpty()) {
            errors.add(new FieldError("indicatorIds", "obbligatori per l'ambito counts:write"));
        }
        if (!request.scopes().contains(Actor.COUNTS_WRITE) && !indicatorIds.isEmpty()) {
            errors.add(new FieldError("indicatorIds", "ammessi solo con l'ambito counts:write"));
        }
        for (Long id : indicatorIds) {
            Indicator indicator = Indicator.findById(id);
            if (indicator == null || !indicator.objective.plan.organisation.id.equals(own.id)) {
                errors.add(new FieldError("indicatorIds", "indicatore sconosciuto: " + id));
            } else if (indicator.kind != IndicatorKind.RATIO && indicator.kind != IndicatorKind.RATIO_PLANNED) {
                errors.add(new FieldError("indicatorIds", "l'indicatore " + id + " non è un rapporto: non riceve conteggi"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String secret = Secrets.newToken(PREFIX);
        ApiToken token = new ApiToken();
        token.organisation = own;
        token.allOrganisations = request.allOrganisations();
        token.name = request.name().strip();
        token.tokenPrefix = secret.substring(0, PREFIX.length() + 5);
        token.tokenHash = Secrets.sha256(secret);
        token.scopeList = String.join(" ", new TreeSet<>(request.scopes()));
        token.indicatorIds = new HashSet<>(indicatorIds);
        // Valid through its last day as the agency counts days: until midnight in Italy.
        token.expiresAt = AgencyClock.endOf(request.expiresOn());
        token.createdBy = actor.name();
        token.persist();
        audit.created(token);
        return new Created(token, secret);
    }

    public ApiToken revoke(long id) {
        Organisation own = access.own();
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> t.organisation.id.equals(own.id) && (!regional() || t.createdBy.equals(actor.name())))
                .orElseThrow(() -> ProblemException.notFound("Il token", id));
        if (token.revokedAt == null) {
            Snapshot before = Snapshot.of(token);
            token.revokedAt = Instant.now();
            ApiToken.flush();
            audit.updated(token, before);
        }
        return token;
    }
}
