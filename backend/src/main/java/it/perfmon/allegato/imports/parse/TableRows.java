package it.perfmon.allegato.imports.parse;

import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.document.Cell;
import java.util.ArrayList;
import java.util.List;

/** The areas and objectives of a main table while its rows are read, by either layout. */
final class TableRows {

    private TableRows() {
    }

    static final class AreaRows {
        final Cell number;
        final Cell title;
        final List<ObjectiveRows> objectives = new ArrayList<>();

        AreaRows(Cell number, Cell title) {
            this.number = number;
            this.title = title;
        }

        AllegatoDocument.Area toArea() {
            return new AllegatoDocument.Area(number, title, objectives.stream().map(ObjectiveRows::toObjective).toList());
        }
    }

    static final class ObjectiveRows {
        final Cell code;
        final Cell title;
        final Cell weight;
        final Cell notes;
        final Cell responsible;
        final Cell programmingLink;
        final List<AllegatoDocument.Indicator> indicators = new ArrayList<>();

        ObjectiveRows(Cell code, Cell title, Cell weight, Cell notes, Cell responsible, Cell programmingLink) {
            this.code = code;
            this.title = title;
            this.weight = weight;
            this.notes = notes;
            this.responsible = responsible;
            this.programmingLink = programmingLink;
        }

        AllegatoDocument.Objective toObjective() {
            return new AllegatoDocument.Objective(code, title, weight, notes, responsible, programmingLink,
                    List.copyOf(indicators));
        }
    }
}
