package it.perfmon.reminder.service;

import it.perfmon.collection.Collection;
import it.perfmon.collection.CollectionPart;
import it.perfmon.collection.PartState;
import it.perfmon.collection.service.AskedItem;
import it.perfmon.collection.service.AskedItems;
import it.perfmon.collection.service.CollectionService;
import it.perfmon.common.AgencyClock;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.mail.service.OutgoingMail;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.rules.ReminderSchedule;
import it.perfmon.security.AppUser;
import it.perfmon.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Works out, for one collection on one day of the agency's calendar, the reminders due and to whom: a digest per
 * editor on the day of a slot, and a notice per late phase and editor. Writes nothing: the job queues what it returns.
 *
 * <p>Only parts still with their structure (OPEN, RETURNED) with something asked count, and only editors of those
 * structures who are active, have an address and have not turned reminders off receive anything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderPlanner {

    /** The kinds of thing the administrators' list of messages names a reminder by. */
    public static final String ABOUT_COLLECTION = "collection";

    private final AskedItems askedItems;
    private final CollectionService collections;
    private final ReminderTexts texts;

    ReminderPlanner(AskedItems askedItems, CollectionService collections, PerfmonConfig config) {
        this.askedItems = askedItems;
        this.collections = collections;
        this.texts = new ReminderTexts(config.webUrl());
    }

    @Schema(name = "ReminderKind")
    public enum Kind {
        /** The digest of a slot: everything the person's structures are asked for. */
        DIGEST,
        /** A phase has passed its planned end without an actual end. */
        PHASE_LATE
    }

    /** A message to queue, and for whom. */
    public record Reminder(Kind kind, long userId, OutgoingMail mail) {
    }

    /** What is due for a collection on a day: the slot (if one is due) and the messages. */
    public record Plan(long collectionId, long periodId, ReminderSchedule schedule, Optional<ReminderSchedule.Slot> slot,
            List<Reminder> reminders) {
    }

    /** Empty when the collection is gone or its period is closed. */
    public Optional<Plan> plan(long collectionId, LocalDate today) {
        Collection collection = Collection.findById(collectionId);
        if (collection == null || collection.period.status != PeriodStatus.OPEN) {
            return Optional.empty();
        }
        ReminderSchedule schedule = collections.schedule(collection);
        Optional<ReminderSchedule.Slot> slot = schedule.dueOn(today);
        Map<Long, ResponsibleStructure> waiting = CollectionPart.<CollectionPart>list(
                "collection = ?1 and state in ?2", collection, List.of(PartState.OPEN, PartState.RETURNED)).stream()
                .map(part -> part.structure)
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        LocalDate openedOn = LocalDate.ofInstant(collection.openedAt, AgencyClock.ZONE);
        List<Reminder> reminders = new ArrayList<>();
        // A draft plan is seen by administrators only: its editors could not act on a reminder. With no slot due and
        // no day passed since the opening, no phase can have passed its end either: the report need not be read.
        boolean published = collection.period.plan.publishedAt != null;
        if (published && !waiting.isEmpty() && (slot.isPresent() || today.isAfter(openedOn))) {
            Map<Long, List<AskedItem>> asked = askedItems.byStructure(collection, today);
            waiting.keySet().removeIf(id -> asked.getOrDefault(id, List.of()).isEmpty());
            for (AppUser editor : recipients(waiting.keySet())) {
                List<ResponsibleStructure> theirs = editor.structures.stream().filter(s -> waiting.containsKey(s.id))
                        .sorted(Comparator.comparing(s -> s.code)).toList();
                slot.ifPresent(due -> reminders.add(digest(collection, due, today, editor, theirs, asked)));
                for (ResponsibleStructure structure : theirs) {
                    asked.get(structure.id).stream()
                            .filter(item -> item.reasons().contains(AskedItem.Reason.LATE))
                            // Phases already late when the collection opened are in every digest; a notice tells of
                            // a phase that passes its end while the collection is open.
                            .filter(item -> !item.plannedEnd().isBefore(openedOn))
                            .forEach(phase -> reminders.add(latePhase(collection, editor, structure, phase)));
                }
            }
        }
        return Optional.of(new Plan(collection.id, collection.period.id, schedule, slot, reminders));
    }

    private Reminder digest(Collection collection, ReminderSchedule.Slot slot, LocalDate today, AppUser editor,
            List<ResponsibleStructure> structures, Map<Long, List<AskedItem>> asked) {
        List<ReminderTexts.Section> sections = structures.stream()
                .map(s -> new ReminderTexts.Section(s.name, asked.get(s.id))).toList();
        ReminderTexts.Text text = texts.digest(new ReminderTexts.Digest(editor.displayName, collection.period.plan.title,
                collection.period.label, collection.period.id, collection.deadline, today, collection.message, sections));
        String key = "reminder:" + collection.id + ":" + slot.day() + ":" + editor.id;
        return new Reminder(Kind.DIGEST, editor.id, mail(key, editor, text, collection));
    }

    private Reminder latePhase(Collection collection, AppUser editor, ResponsibleStructure structure, AskedItem phase) {
        ReminderTexts.Text text = texts.latePhase(new ReminderTexts.LatePhase(editor.displayName, structure.name,
                collection.period.id, phase));
        // Per phase, not per collection: the interim and the final collection of a plan list the same phase.
        String key = "phase-late:" + phase.id() + ":" + editor.id;
        return new Reminder(Kind.PHASE_LATE, editor.id, mail(key, editor, text, collection));
    }

    private static OutgoingMail mail(String key, AppUser editor, ReminderTexts.Text text, Collection collection) {
        return new OutgoingMail(key, editor.email, headerName(editor.displayName), text.subject(), text.text(),
                text.html(), editor.id, ABOUT_COLLECTION, collection.id);
    }

    /**
     * Editors of these structures who get reminders, by username: people whose role in the structure's organisation
     * is EDITOR, at home or as members (a person of another organisation made editor there).
     */
    private static List<AppUser> recipients(java.util.Set<Long> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return AppUser.<AppUser>list("select distinct u from AppUser u join u.structures s where s.id in ?1 "
                + "and u.active = true and u.remindersEnabled = true and u.email is not null "
                + "and (s.organisation = u.organisation and u.role = ?2 or exists (select m from UserMembership m "
                + "where m.user = u and m.organisation = s.organisation and m.role = ?2)) "
                + "order by u.username", structureIds, Role.EDITOR);
    }

    /** The display name as the To header's phrase, unless it holds characters that phrase cannot carry plainly. */
    private static String headerName(String displayName) {
        return displayName == null || displayName.length() > 255 || displayName.matches(".*[<>\",;()\\p{Cntrl}].*")
                ? null : displayName;
    }
}
