package it.perfmon.audit.rest;

import it.perfmon.audit.service.AuditHistory;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.evidence.service.EvidenceAccess;
import it.perfmon.security.Actor;
import it.perfmon.security.CurrentActor;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit trail", description = "Who changed what in the plan, and when")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditHistory history;
    private final CurrentActor current;
    private final EvidenceAccess evidence;

    AuditResource(AuditHistory history, CurrentActor current, EvidenceAccess evidence) {
        this.history = history;
        this.current = current;
        this.evidence = evidence;
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE, Role.VIEWER_ROLE, Role.OIV_ROLE, Role.REGIONAL_ROLE})
    @Operation(operationId = "listAuditEvents", summary = "The history of changes, newest first",
            description = "Each change to plan data with who made it (user or token), when, and every changed field's "
                    + "old and new value. Filter by entityType (plan, period, area, objective, indicator, phase, "
                    + "result, count, evidence, oivReview, oivValidation, user, token, membership, session, organisation, structure) and entityId to see the history of one thing; "
                    + "objectiveId gives an objective's whole history: its own changes and those of its indicators, "
                    + "phases, results, counts and evidence, deleted ones included. "
                    + "Events about accounts (user, token, membership, session: sign-in rights, roles, password changes, "
                    + "tokens, people of other organisations made members, sessions switched to the organisation) are shown "
                    + "to administrators only; asking for them otherwise is refused with 403. Events about evidence "
                    + "(uploads and removals, with the file's name, type, size and SHA-256) are shown only to those who "
                    + "may read that evidence: administrators, the OIV, and editors for their structures' objectives. Events "
                    + "about the OIV's reviews and validations (oivReview, oivValidation) are shown to administrators "
                    + "and the OIV only; the OIV reads every other event but those about accounts.")
    @APIResponse(responseCode = "403", description = "Account events (entityType user or token) asked by a non-administrator")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<AuditEventResponse> list(
            @QueryParam("entityType") @Parameter(description = "Kind of thing changed", example = "phase",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String entityType,
            @QueryParam("entityId") @Parameter(description = "Id of the thing changed", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            Long entityId,
            @QueryParam("objectiveId") @Parameter(description = "Only changes to this objective and to its indicators, phases, results and counts",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) Long objectiveId,
            @Valid @BeanParam PageRequest page) {
        if (entityType != null && !AuditTrail.TYPES.containsValue(entityType)) {
            throw ProblemException.invalid("entityType", "valori ammessi: " + AuditTrail.TYPES.values().stream().sorted().toList());
        }
        boolean administrator = current.actor().map(Actor::isAdministrator).orElse(false);
        if (!administrator && entityType != null && AuditHistory.ACCOUNT_TYPES.contains(entityType)) {
            throw ProblemException.forbidden("Gli eventi degli account (" + entityType
                    + ") sono visibili solo agli amministratori");
        }
        AuditHistory.EvidenceEvents evidenceEvents = new AuditHistory.EvidenceEvents(evidence.readsAll(),
                evidence.structures());
        boolean oivWork = current.actor().map(actor -> actor.isAdministrator() || actor.isOiv()).orElse(false);
        return history.list(entityType, entityId, objectiveId, administrator, evidenceEvents, oivWork, page)
                .map(AuditEventResponse::of);
    }
}
