package it.perfmon.collection.service;

import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.collection.Collection;
import it.perfmon.collection.CollectionPart;
import it.perfmon.collection.PartState;
import it.perfmon.common.AgencyClock;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.service.PeriodService;
import it.perfmon.rules.ReminderSchedule;
import it.perfmon.security.Actor;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Opens a period's collection and moves each structure's part through submit, return and accept. */
@ApplicationScoped
@Transactional
public class CollectionService {

    private final PeriodService periods;
    private final AskedItems askedItems;
    private final UnexplainedDeviations deviations;
    private final AgencyClock clock;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final PerfmonConfig.Reminders reminders;

    CollectionService(PeriodService periods, AskedItems askedItems, UnexplainedDeviations deviations,
            AgencyClock clock, CurrentActor actor, AuditTrail audit, PerfmonConfig config) {
        this.deviations = deviations;
        this.periods = periods;
        this.askedItems = askedItems;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.reminders = config.reminders();
    }

    /** A part with what is asked of its structure. */
    public record PartView(CollectionPart part, List<AskedItem> items) {

        public Outstanding outstanding() {
            return Outstanding.of(items);
        }
    }

    /** The schedule is the collection's own lead days and frequency, or the service's defaults where it has none. */
    public record CollectionView(Collection collection, List<PartView> parts, ReminderSchedule schedule) {
    }

    /** When the collection's reminders go out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReminderSchedule schedule(Collection collection) {
        return new ReminderSchedule(collection.deadline,
                collection.leadDays != null ? collection.leadDays : reminders.leadDays(),
                collection.everyDays != null ? collection.everyDays : reminders.everyDays());
    }

    /** One part per structure responsible for objectives of the plan, all OPEN. */
    public CollectionView open(long periodId, OpenCommand command) {
        MonitoringPeriod period = periods.requireOpen(periods.get(periodId), LockModeType.PESSIMISTIC_WRITE);
        if (find(period).isPresent()) {
            throw ProblemException.conflict("Il periodo " + period.label + " ha già una raccolta", "periodId");
        }
        if (command.deadline().isBefore(clock.today())) {
            throw ProblemException.invalid("deadline", "non può essere prima di oggi (" + clock.today() + ")");
        }
        Collection collection = new Collection();
        collection.period = period;
        collection.deadline = command.deadline();
        collection.message = Texts.blankToNull(command.message());
        collection.leadDays = command.leadDays();
        collection.everyDays = command.everyDays();
        collection.openedBy = actor.name();
        collection.openedAt = now();
        collection.persist();
        ResponsibleStructure.<ResponsibleStructure>find(
                "select distinct o.responsibleStructure from Objective o where o.plan = ?1", period.plan).list()
                .forEach(structure -> {
                    CollectionPart part = new CollectionPart();
                    part.collection = collection;
                    part.structure = structure;
                    part.persist();
                });
        audit.created(collection);
        CollectionPart.flush();
        return view(collection);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionView get(long periodId) {
        return view(require(periods.get(periodId)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartView part(long periodId, long structureId) {
        CollectionPart part = requirePart(require(periods.get(periodId)), structureId, LockModeType.NONE);
        return new PartView(part, askedItems.of(part.collection, structureId));
    }

    /**
     * By an editor of the structure or an administrator, from OPEN or RETURNED, once every indicator of the
     * structure that is behind has the deviation's explanation and the corrective actions.
     */
    public PartView submit(long periodId, long structureId, String ifMatch) {
        if (!actor.actor().map(a -> a.editsStructure(structureId)).orElse(false)) {
            throw ProblemException.forbidden("La struttura " + structureId + " non è tra quelle di cui l'utente è editor");
        }
        return move(periodId, structureId, ifMatch, Set.of(PartState.OPEN, PartState.RETURNED), PartState.SUBMITTED,
                null, part -> {
                    deviations.requireNone(part.collection.period, structureId, part.structure.code);
                    part.submittedBy = actor.name();
                    part.submittedAt = now();
                });
    }

    /** Back to the structure's editors, who may change its results again; the reason is kept. */
    public PartView giveBack(long periodId, long structureId, String reason, String ifMatch) {
        return move(periodId, structureId, ifMatch, Set.of(PartState.SUBMITTED, PartState.ACCEPTED), PartState.RETURNED,
                reason.strip(), part -> decided(part, reason.strip()));
    }

    public PartView accept(long periodId, long structureId, String ifMatch) {
        return move(periodId, structureId, ifMatch, Set.of(PartState.SUBMITTED), PartState.ACCEPTED, null,
                part -> decided(part, null));
    }

    /** The state of each structure's part, by structure id; empty when the period has no collection. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, PartState> partStates(MonitoringPeriod period) {
        return find(period).map(c -> CollectionPart.<CollectionPart>find("collection", c).list().stream()
                .collect(Collectors.toMap(part -> part.structure.id, part -> part.state)))
                .orElse(Map.of());
    }

    /**
     * Refuses an editor's change to a structure's results in a period whose part is submitted or accepted. The part's
     * row is read with a shared lock, so a change and a submission never interleave.
     */
    public void requireEditable(MonitoringPeriod period, long structureId) {
        if (actor.actor().map(Actor::isAdministrator).orElse(false)) {
            return;
        }
        find(period).flatMap(c -> findPart(c, structureId, LockModeType.PESSIMISTIC_READ))
                .filter(part -> part.state.locksEditors())
                .ifPresent(part -> {
                    throw ProblemException.conflict("La parte della struttura " + part.structure.code + " per il periodo "
                            + period.label + " è " + part.state + ": gli editor non la modificano finché "
                            + "un amministratore non la restituisce", "state");
                });
    }

    /**
     * A period whose collection has parts not accepted closes only with the administrator's reason; the codes of the
     * structures at fault are named. True when the close goes over such parts.
     */
    public boolean requireAcceptedOrReason(MonitoringPeriod period, String reason) {
        List<String> pending = find(period).map(c -> CollectionPart.<CollectionPart>find(
                "collection = ?1 and state <> ?2", c, PartState.ACCEPTED).list()).orElse(List.of()).stream()
                .map(part -> part.structure.code).sorted().toList();
        if (!pending.isEmpty() && Texts.blankToNull(reason) == null) {
            throw ProblemException.conflict("Le parti delle strutture " + String.join(", ", pending)
                    + " non sono accettate: per chiudere il periodo indicare il motivo (reason)", "reason");
        }
        return !pending.isEmpty();
    }

    private PartView move(long periodId, long structureId, String ifMatch, Set<PartState> from, PartState to,
            String reason, java.util.function.Consumer<CollectionPart> stamp) {
        MonitoringPeriod period = periods.requireOpen(periods.get(periodId), LockModeType.PESSIMISTIC_READ);
        CollectionPart part = requirePart(require(period), structureId, LockModeType.PESSIMISTIC_WRITE);
        Versions.checkIfPresent(part.version, ifMatch);
        if (!from.contains(part.state)) {
            throw ProblemException.conflict("La parte della struttura " + part.structure.code + " è " + part.state
                    + ": non può passare a " + to, "state");
        }
        Snapshot before = Snapshot.of(part);
        // The stamp may refuse the move (a submission with unexplained deviations) before anything changes.
        stamp.accept(part);
        part.state = to;
        CollectionPart.flush();
        audit.updated(part, before, reason);
        return new PartView(part, askedItems.of(part.collection, structureId));
    }

    private void decided(CollectionPart part, String reason) {
        part.returnReason = reason;
        part.decidedBy = actor.name();
        part.decidedAt = now();
    }

    private CollectionView view(Collection collection) {
        Map<Long, List<AskedItem>> items = askedItems.byStructure(collection);
        List<PartView> parts = CollectionPart.<CollectionPart>find("collection", collection).list().stream()
                .sorted(Comparator.comparing(p -> p.structure.code))
                .map(p -> new PartView(p, items.getOrDefault(p.structure.id, List.of())))
                .toList();
        return new CollectionView(collection, parts, schedule(collection));
    }

    private static Optional<Collection> find(MonitoringPeriod period) {
        return Collection.find("period", period).firstResultOptional();
    }

    private static Collection require(MonitoringPeriod period) {
        return find(period).orElseThrow(() -> ProblemException.notFound("La raccolta del periodo", period.id));
    }

    private static CollectionPart requirePart(Collection collection, long structureId, LockModeType lock) {
        return findPart(collection, structureId, lock).orElseThrow(() -> ProblemException.notFound(
                "La parte della raccolta per la struttura", structureId));
    }

    private static Optional<CollectionPart> findPart(Collection collection, long structureId, LockModeType lock) {
        return CollectionPart.<CollectionPart>find("collection = ?1 and structure.id = ?2", collection, structureId)
                .withLock(lock).firstResultOptional();
    }

    /** The agency's clock, so that a test that sets it sees a collection opened and submitted at that time. */
    private Instant now() {
        return clock.now().toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
