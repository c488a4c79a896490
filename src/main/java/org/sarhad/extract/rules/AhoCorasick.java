package org.sarhad.extract.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plain Aho-Corasick automaton over characters: finds every occurrence of every key in one pass. */
final class AhoCorasick {
    /** One occurrence: key index and folded range [start, end). */
    record Hit(int key, int start, int end) {
    }

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<int[]> out = new ArrayList<>();
    private final List<Integer> keyLength = new ArrayList<>();

    AhoCorasick(List<String> keys) {
        node();
        for (int k = 0; k < keys.size(); k++) {
            insert(keys.get(k), k);
            keyLength.add(keys.get(k).length());
        }
        link();
    }

    private int node() {
        next.add(new HashMap<>(4));
        fail.add(0);
        out.add(new int[0]);
        return next.size() - 1;
    }

    private void insert(String key, int k) {
        int at = 0;
        for (int i = 0; i < key.length(); i++) {
            Integer to = next.get(at).get(key.charAt(i));
            if (to == null) {
                to = node();
                next.get(at).put(key.charAt(i), to);
            }
            at = to;
        }
        out.set(at, append(out.get(at), k));
    }

    private void link() {
        ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (Map.Entry<Character, Integer> e : next.get(u).entrySet()) {
                int v = e.getValue();
                int f = fail.get(u);
                while (f != 0 && !next.get(f).containsKey(e.getKey())) {
                    f = fail.get(f);
                }
                Integer to = next.get(f).get(e.getKey());
                int target = to != null && to != v ? to : 0;
                fail.set(v, target);
                for (int k : out.get(target)) {
                    out.set(v, append(out.get(v), k));
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
            while (at != 0 && !next.get(at).containsKey(c)) {
                at = fail.get(at);
            }
            at = next.get(at).getOrDefault(c, 0);
            for (int k : out.get(at)) {
                hits.add(new Hit(k, i + 1 - keyLength.get(k), i + 1));
            }
        }
        return hits;
    }

    private static int[] append(int[] a, int v) {
        int[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
