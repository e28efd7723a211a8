package dev.custody.scoring;

import java.util.Arrays;

/** A growable list of ints (the graph's adjacency lists and work lists), without boxing. */
final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Removes one occurrence of value, if any (order is not kept). */
    void remove(int value) {
        for (int i = size - 1; i >= 0; i--) {
            if (values[i] == value) {
                values[i] = values[--size];
                return;
            }
        }
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** The values, each once, in ascending order. */
    int[] distinct() {
        return Arrays.stream(values, 0, size).sorted().distinct().toArray();
    }
}
