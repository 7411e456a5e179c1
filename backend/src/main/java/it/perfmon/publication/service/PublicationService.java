package it.perfmon.publication.service;

import it.perfmon.audit.AuditEvent;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.service.OrganisationAccess;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodSnapshot;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.publication.Licence;
import it.perfmon.publication.OpenDataRow;
import it.perfmon.publication.OpenDataset;
import it.perfmon.publication.PublishedPeriod;
import it.perfmon.publication.dcat.DcatCatalog;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.service.FrozenReports;
import it.perfmon.rules.Achievement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Amministrazione trasparente publishes: the closed periods of published plans, and their open data read from
 * the snapshot frozen at closing. Drafts and open periods do not exist here, for anybody: publication is for the
 * public, so an administrator sees what the public sees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicationService {

    /** The audit trail's mark of a period being closed (its status's new value). */
    private static final String CLOSING = "%\"newValue\":\"CLOSED\"%";
    private static final String UNIT = "%";

    private final FrozenReports frozenReports;
    private final PerfmonConfig.Publication config;

    private final String defaultOrganisation;
    private final String webUrl;
    private final OrganisationAccess access;

    PublicationService(FrozenReports frozenReports, PerfmonConfig config, OrganisationAccess access) {
        this.frozenReports = frozenReports;
        this.config = config.publication();
        this.defaultOrganisation = config.defaultOrganisation();
        this.webUrl = config.webUrl();
        this.access = access;
    }

    /**
     * The one organisation a catalogue is of: the one named, else the caller's own, else (anonymous callers, people
     * of the Region) the deployment's default one.
     */
    public Organisation publishing(String code) {
        if (code != null) {
            return access.readable(code);
        }
        if (!access.sight().startsWith("member:")) {
            return access.readable(defaultOrganisation);
        }
        return access.own();
    }

    /** The organisations a publication page lists (OrganisationAccess.listed). */
    public List<Long> listed(String code) {
        return access.listedIds(code);
    }

    /** The organisation publishing, its contact, and the public addresses the catalogue uses. */
    public DcatCatalog.Publisher publisher(Organisation organisation) {
        String web = strip(webUrl);
        String base = config.baseUrl().map(PublicationService::strip).orElse(web);
        return new DcatCatalog.Publisher(organisation.code, organisation.name, config.contactEmail(), base,
                web + "/trasparenza/performance");
    }

    /** When the catalogue was last changed while it lists no dataset: when its organisations last changed. */
    public Instant emptyCatalogueDate(List<Long> organisations) {
        return Organisation.<Organisation>list("id in ?1", organisations).stream().map(o -> o.updatedAt)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Licence licence() {
        return new Licence(config.licenceName(), config.licenceUrl());
    }

    /** Every closed period of every published plan of the organisations, newest plan first, periods by date. */
    public List<PublishedPeriod> publishedPeriods(List<Long> organisations) {
        List<MonitoringPeriod> periods = MonitoringPeriod.list("plan.publishedAt is not null and status = ?1"
                + " and plan.organisation.id in ?2 order by plan.year desc, plan.id, referenceDate, id",
                PeriodStatus.CLOSED, organisations);
        if (periods.isEmpty()) {
            return List.of();
        }
        List<Long> ids = periods.stream().map(p -> p.id).toList();
        Map<Long, Instant> snapshots = new HashMap<>();
        PeriodSnapshot.<PeriodSnapshot>list("periodId in ?1", ids).forEach(s -> snapshots.put(s.periodId, s.takenAt));
        Map<Long, Instant> firstClosings = firstClosings(ids);
        List<PublishedPeriod> published = new ArrayList<>();
        for (MonitoringPeriod period : periods) {
            Instant modified = snapshots.get(period.id);
            if (modified != null) {
                published.add(published(period, firstClosings.get(period.id), modified));
            }
        }
        return published;
    }

    /** One closed period of a published plan, or 404 as for an unknown period. */
    public PublishedPeriod publishedPeriod(long periodId) {
        MonitoringPeriod found = MonitoringPeriod.<MonitoringPeriod>findByIdOptional(periodId)
                .orElseThrow(() -> ProblemException.notFound("Il periodo pubblicato", periodId));
        access.require(found.plan.organisation, true, "Il periodo pubblicato", periodId);
        return publishedPeriods(List.of(found.plan.organisation.id)).stream().filter(p -> p.periodId() == periodId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Il periodo pubblicato", periodId));
    }

    /** The open data of a published period, exactly as frozen when it was last closed. */
    public OpenDataset dataset(long periodId) {
        PublishedPeriod period = publishedPeriod(periodId);
        PlanReport report = frozenReports.snapshot(periodId)
                .orElseThrow(() -> ProblemException.notFound("Il periodo pubblicato", periodId));
        return new OpenDataset(period, rows(period, report));
    }

    private static List<OpenDataRow> rows(PublishedPeriod period, PlanReport report) {
        List<OpenDataRow> rows = new ArrayList<>();
        for (PlanReport.ReportArea area : report.areas()) {
            for (PlanReport.ReportObjective objective : area.objectives()) {
                for (PlanReport.ReportIndicator indicator : objective.indicators()) {
                    PlanReport.Target target = indicator.target();
                    PlanReport.Assessment assessment = indicator.result().assessment();
                    rows.add(new OpenDataRow(period.organisationName(), period.planYear(), period.referenceDate(),
                            area.number(), area.title(), objective.code(), objective.title(),
                            objective.responsibleStructure() == null ? null : objective.responsibleStructure().name(),
                            indicator.definition().position(), indicator.definition().description(), UNIT,
                            target.baselineValue(), target.targetValue(), indicator.valueUsed(),
                            target.targetValue() == null ? null
                                    : Achievement.of(indicator.valueUsed(), target.targetValue()).map(Achievement::raw)
                                            .orElse(null),
                            assessment == null ? null : assessment.step(),
                            assessment == null ? null : assessment.label()));
                }
            }
        }
        return rows;
    }

    private static PublishedPeriod published(MonitoringPeriod period, Instant firstClosing, Instant modified) {
        Instant published = firstClosing == null || firstClosing.isAfter(modified) ? modified : firstClosing;
        return new PublishedPeriod(period.plan.id, period.plan.year, period.plan.title, period.plan.organisation.code,
                period.plan.organisation.name, period.id, period.kind.name(), period.referenceDate, period.label,
                published, modified);
    }

    /**
     * When each period was first closed: the publication's date stays put when a period is reopened to correct it
     * and closed again; the snapshot's date says when it last changed.
     */
    private static Map<Long, Instant> firstClosings(List<Long> periodIds) {
        Map<Long, Instant> first = new HashMap<>();
        AuditEvent.<AuditEvent>list("entityType = 'period' and entityId in ?1 and changes like ?2", periodIds, CLOSING)
                .stream().sorted(Comparator.comparing(e -> e.occurredAt))
                .forEach(e -> first.putIfAbsent(e.entityId, e.occurredAt));
        return first;
    }
}
