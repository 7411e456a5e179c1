package it.perfmon.collection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a structure's part of a collection stands. */
@Schema(name = "CollectionPartState")
public enum PartState {
    OPEN, SUBMITTED, RETURNED, ACCEPTED;

    /** Editors change the structure's results only while the part is with them. */
    public boolean locksEditors() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
