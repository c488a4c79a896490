package org.sarhad.extract.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain Aho-Corasick automaton over characters: finds every occurrence of every key in one pass. */
final class AhoCorasick {
    /** One occurrence: key index and folded range [start, end). */
    record Hit(int key, int start, int end) {
    }

    private static final int[] NONE = new int[0];

    private char[][] edgeChars = new char[16][];
    private int[][] edgeTargets = new int[16][];
    private int[] fail = new int[16];
    private int[][] out = new int[16][];
    private int size;
    private final int[] keyLength;

    AhoCorasick(List<String> keys) {
        keyLength = new int[keys.size()];
        node();
        for (int k = 0; k < keys.size(); k++) {
            insert(keys.get(k), k);
            keyLength[k] = keys.get(k).length();
        }
        int[] root = new int[Character.MAX_VALUE + 1];
        Arrays.fill(root, -1);
        for (int i = 0; i < edgeChars[0].length; i++) {
            root[edgeChars[0][i]] = edgeTargets[0][i];
        }
        link();
        rootNext = root;
    }

    private int node() {
        if (size == fail.length) {
            int n = size * 2;
            edgeChars = Arrays.copyOf(edgeChars, n);
            edgeTargets = Arrays.copyOf(edgeTargets, n);
            fail = Arrays.copyOf(fail, n);
            out = Arrays.copyOf(out, n);
        }
        edgeChars[size] = new char[0];
        edgeTargets[size] = NONE;
        out[size] = NONE;
        return size++;
    }

    private int[] rootNext;

    private int next(int node, char c) {
        if (node == 0 && rootNext != null) {
            return rootNext[c];
        }
        char[] cs = edgeChars[node];
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == c) {
                return edgeTargets[node][i];
            }
        }
        return -1;
    }

    private void insert(String key, int k) {
        int at = 0;
        for (int i = 0; i < key.length(); i++) {
            int to = next(at, key.charAt(i));
            if (to < 0) {
                to = node();
                edgeChars[at] = Arrays.copyOf(edgeChars[at], edgeChars[at].length + 1);
                edgeChars[at][edgeChars[at].length - 1] = key.charAt(i);
                edgeTargets[at] = append(edgeTargets[at], to);
            }
            at = to;
        }
        out[at] = append(out[at], k);
    }

    private void link() {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : edgeTargets[0]) {
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int i = 0; i < edgeChars[u].length; i++) {
                char c = edgeChars[u][i];
                int v = edgeTargets[u][i];
                int f = fail[u];
                while (f != 0 && next(f, c) < 0) {
                    f = fail[f];
                }
                int to = next(f, c);
                int target = to >= 0 && to != v ? to : 0;
                fail[v] = target;
                for (int k : out[target]) {
                    out[v] = append(out[v], k);
                }
                queue.add(v);
            }
        }
    }

    List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int to = next(at, c);
            while (at != 0 && to < 0) {
                at = fail[at];
                to = next(at, c);
            }
            at = Math.max(to, 0);
            for (int k : out[at]) {
                hits.add(new Hit(k, i + 1 - keyLength[k], i + 1));
            }
        }
        return hits;
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
