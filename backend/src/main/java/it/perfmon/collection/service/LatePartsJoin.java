package it.perfmon.collection.service;

import it.perfmon.collection.Collection;
import it.perfmon.collection.CollectionPart;
import it.perfmon.objective.StructureAssigned;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.plan.PeriodStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * A structure that is given an objective after a period's collection was opened gets its part of that collection,
 * OPEN, in the same transaction: otherwise nothing would be asked of it, nobody could submit its figures and the
 * period would close without them. Closed periods are history and are left as they were.
 */
@ApplicationScoped
public class LatePartsJoin {

    @Transactional(Transactional.TxType.MANDATORY)
    void onAssigned(@Observes StructureAssigned assigned) {
        Collection.<Collection>find("period.plan.id = ?1 and period.status = ?2", assigned.planId(), PeriodStatus.OPEN)
                .list().stream()
                .filter(collection -> CollectionPart.count("collection = ?1 and structure.id = ?2", collection,
                        assigned.structureId()) == 0)
                .forEach(collection -> {
                    CollectionPart part = new CollectionPart();
                    part.collection = collection;
                    part.structure = ResponsibleStructure.findById(assigned.structureId());
                    part.persist();
                });
    }
}
