package it.perfmon.allegato.imports.parse;

import it.perfmon.allegato.imports.document.SourcePosition;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a file, cell by cell, so that one answer lists every cell to fix (each named by
 * its sheet, row and column) instead of one per upload.
 */
public final class FileProblems {

    public static final ProblemType TYPE = ProblemType.IMPORT_INVALID;
    public static final String TITLE = "Allegato A non importabile";
    /** Enough to fix a file in a few rounds, few enough to keep the answer readable. */
    private static final int MAX_LISTED = 200;

    private final List<FieldError> errors = new ArrayList<>();
    private int total;

    public void add(SourcePosition at, String message) {
        add(at.reference(), message);
    }

    public void add(String field, String message) {
        total++;
        if (errors.size() < MAX_LISTED) {
            errors.add(new FieldError(field, message));
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** 422 listing the cells at fault, when there are any. */
    public void throwIfAny() {
        if (total == 0) {
            return;
        }
        FieldError first = errors.get(0);
        String detail = total == 1 ? first.field() + ": " + first.message()
                : "Il file contiene " + total + " errori; il primo: " + first.field() + ": " + first.message();
        throw new ProblemException(422, TYPE, TITLE, detail, errors);
    }

    /** A file that cannot be read at all (not a workbook, truncated, not UTF-8...). */
    public static ProblemException unreadable(String field, String detail) {
        return new ProblemException(422, TYPE, TITLE, detail, List.of(new FieldError(field, detail)));
    }
}
