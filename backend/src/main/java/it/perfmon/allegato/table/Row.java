package it.perfmon.allegato.table;

import java.util.List;

public record Row(RowKind kind, List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return cells.get(column);
    }
}
