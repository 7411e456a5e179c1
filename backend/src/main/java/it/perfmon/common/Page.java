package it.perfmon.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; lists are objects, not bare arrays, so they can grow fields without breaking clients. */
public record Page<T>(
        List<T> items,
        @Schema(format = "int32", minimum = "0", example = "0") int offset,
        @Schema(format = "int32", minimum = "1", maximum = "500", example = "50") int limit,
        @Schema(format = "int64", minimum = "0", example = "15") long total) {

    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.offset(), request.limit(), all.size());
    }

    /** The same page with each item mapped, as a resource turns a service's page into its answer. */
    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), offset, limit, total);
    }
}
