package dev.custody.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to ask for the next one. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
