package org.diplograph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fuseki's work folders ({@code diplograph-fuseki-*} in the temporary folder), each marked with its owner process
 * (pid and start time in {@value #OWNER}). A server deletes its own folder when it stops; one killed with
 * {@code kill -9} cannot, so the next server to start deletes every marked folder whose owner is gone (no process
 * with that pid, or one started at another time: the pid was reused). A folder without the mark (written by an
 * older version) or whose owner still runs is left alone.
 */
final class WorkAreas {
    static final String PREFIX = "diplograph-fuseki-";
    static final String OWNER = "owner.pid";

    private WorkAreas() {}

    /** Creates a new work folder in {@code parent}, marked with this process as its owner. */
    static Path create(Path parent) {
        try {
            Path dir = Files.createTempDirectory(parent, PREFIX);
            ProcessHandle self = ProcessHandle.current();
            String start = self.info().startInstant().map(Instant::toString).orElse("");
            Files.writeString(dir.resolve(OWNER), self.pid() + " " + start + "\n", StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder for Fuseki in " + parent, e);
        }
    }

    /** Deletes the marked work folders in {@code parent} whose owner process is gone; returns them. */
    static List<Path> deleteStale(Path parent) {
        List<Path> deleted = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir) || !ownerIsGone(dir)) continue;
                deleteTree(dir);
                deleted.add(dir);
            }
        } catch (IOException | UncheckedIOException e) {
            // Another server's cleanup or the OS may race with us; a folder left behind is retried next start.
        }
        return deleted;
    }

    /** Whether the folder's mark names a process that no longer runs. False when there is no readable mark. */
    static boolean ownerIsGone(Path dir) {
        Path mark = dir.resolve(OWNER);
        if (!Files.isRegularFile(mark)) return false;
        String[] parts;
        try {
            parts = Files.readString(mark, StandardCharsets.UTF_8).trim().split(" ");
        } catch (IOException e) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        if (owner.isEmpty() || !owner.get().isAlive()) return true;
        if (parts.length < 2 || parts[1].isEmpty()) return false;
        Optional<Instant> started = owner.get().info().startInstant();
        return started.isPresent() && !started.get().toString().equals(parts[1]);
    }

    /** Deletes {@code dir} and everything in it. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete Fuseki work area " + dir, e);
        }
    }
}
