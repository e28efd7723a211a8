package dev.custody.scoring;

import java.util.Arrays;

/** Orders of a buyer -> supplier graph on primitive arrays: suppliers first (Kahn) and strong components (Tarjan). */
final class GraphOrder {
    private GraphOrder() {
    }

    /**
     * Every node after all its suppliers, or null when a cycle remains. Deterministic: ready nodes leave a
     * FIFO queue that starts in index order. Edges whose supplier is negative or that are skipped don't count.
     */
    static int[] suppliersFirst(int n, int[] buyer, int[] supplier, boolean[] skip) {
        int[] pending = new int[n];
        int[] start = new int[n + 1];
        for (int e = 0; e < buyer.length; e++) {
            if (counts(e, supplier, skip)) {
                pending[buyer[e]]++;
                start[supplier[e] + 1]++;
            }
        }
        int[] buyers = csr(start, buyer.length, supplier, buyer, skip);
        int[] order = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (pending[v] == 0) {
                order[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            for (int i = start[v]; i < start[v + 1]; i++) {
                if (--pending[buyers[i]] == 0) {
                    order[tail++] = buyers[i];
                }
            }
        }
        return tail == n ? order : null;
    }

    /** The strongly connected component of each node over buyer -> supplier edges (iterative Tarjan). */
    static int[] components(int n, int[] buyer, int[] supplier) {
        int[] start = new int[n + 1];
        for (int e = 0; e < buyer.length; e++) {
            if (supplier[e] >= 0) {
                start[buyer[e] + 1]++;
            }
        }
        int[] next = csr(start, buyer.length, buyer, supplier, null);
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] calls = new int[n];
        int[] cursor = new int[n];
        int sp = 0;
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            calls[depth++] = root;
            index[root] = low[root] = counter++;
            cursor[root] = start[root];
            stack[sp++] = root;
            onStack[root] = true;
            while (depth > 0) {
                int v = calls[depth - 1];
                if (cursor[v] < start[v + 1]) {
                    int w = next[cursor[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        cursor[w] = start[w];
                        stack[sp++] = w;
                        onStack[w] = true;
                        calls[depth++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                depth--;
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                if (depth > 0) {
                    int u = calls[depth - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
            }
        }
        return component;
    }

    /** Fills a CSR whose counts are in start[1..]: turns them into offsets and lists to[e] under from[e]. */
    private static int[] csr(int[] start, int edges, int[] from, int[] to, boolean[] skip) {
        for (int v = 0; v + 1 < start.length; v++) {
            start[v + 1] += start[v];
        }
        int[] cursor = Arrays.copyOf(start, start.length - 1);
        int[] adjacent = new int[start[start.length - 1]];
        for (int e = 0; e < edges; e++) {
            if (from[e] >= 0 && to[e] >= 0 && (skip == null || !skip[e])) {
                adjacent[cursor[from[e]]++] = to[e];
            }
        }
        return adjacent;
    }

    private static boolean counts(int e, int[] supplier, boolean[] skip) {
        return supplier[e] >= 0 && (skip == null || !skip[e]);
    }
}
