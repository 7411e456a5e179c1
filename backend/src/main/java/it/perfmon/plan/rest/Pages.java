package it.perfmon.plan.rest;

import it.perfmon.common.Page;
import java.util.function.Function;

/** A page of entities from a service, answered as a page of response records. */
public final class Pages {

    private Pages() {
    }

    public static <E, R> Page<R> map(Page<E> page, Function<E, R> mapping) {
        return new Page<>(page.items().stream().map(mapping).toList(), page.offset(), page.limit(), page.total());
    }
}
