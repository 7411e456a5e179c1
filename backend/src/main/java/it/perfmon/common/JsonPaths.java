package it.perfmon.common;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Names a field of a JSON body the way a client wrote it: {@code phases[1].weight}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
