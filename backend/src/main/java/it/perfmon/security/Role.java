package it.perfmon.security;

/**
 * What a person may do: administrators shape the plan, editors report on their structures' objectives, viewers
 * read, and the OIV (Organismo Indipendente di Valutazione) reads everything, evidence included, and records only its
 * own reviews and validation. A person of the Region (REGIONAL) reads the published data of every organisation as a
 * viewer would, changes no plan data, and creates organisations.
 */
public enum Role {
    ADMINISTRATOR, EDITOR, VIEWER, OIV, REGIONAL;

    /** The name used in @RolesAllowed. */
    public String roleName() {
        return name().toLowerCase();
    }

    public static final String ADMIN = "administrator";
    public static final String EDITOR_ROLE = "editor";
    public static final String VIEWER_ROLE = "viewer";
    public static final String OIV_ROLE = "oiv";
    public static final String REGIONAL_ROLE = "regional";
}
