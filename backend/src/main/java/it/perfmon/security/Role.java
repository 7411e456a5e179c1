package it.perfmon.security;

/** What a person may do: administrators shape the plan, editors report on their structures' objectives. */
public enum Role {
    ADMINISTRATOR, EDITOR, VIEWER;

    /** The name used in @RolesAllowed. */
    public String roleName() {
        return name().toLowerCase();
    }

    public static final String ADMIN = "administrator";
    public static final String EDITOR_ROLE = "editor";
    public static final String VIEWER_ROLE = "viewer";
}
