package org.diplograph.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link KnowledgeStoreIT}: opens a store, says so, and holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            System.out.println("open " + store.size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the parent closes our stdin
            }
        }
    }
}
