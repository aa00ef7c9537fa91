package org.diplograph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Copies the Fuseki UI ({@code webapp/} of jena-fuseki-ui) from the classpath into {@code FUSEKI_BASE/webapp},
 * where {@code FMod_UI} looks before the classpath.
 *
 * <p>Why: FMod_UI's own classpath lookup fails with an NPE ({@code Resource.getURI() is null}) when the UI is
 * read from our shaded jar, as under failsafe or {@code java -jar diplograph.jar}, and also with Jetty 12.1.10+
 * (apache/jena#3939). Files on disk work in every case.
 */
final class UiFiles {
    private static final String ROOT = "webapp/";

    private UiFiles() {}

    /** Copies the UI into {@code fusekiBase/webapp}. */
    static void copyTo(Path fusekiBase) {
        URL index = UiFiles.class.getClassLoader().getResource(ROOT + "index.html");
        if (index == null)
            throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui, webapp/index.html) is not on the classpath");
        Path target = fusekiBase.resolve("webapp");
        try {
            switch (index.getProtocol()) {
                case "jar" -> copyFromJar(index, target);
                case "file" -> copyTree(Path.of(index.toURI()).getParent(), target);
                default -> throw new IllegalStateException("cannot copy the Fuseki UI from " + index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the Fuseki UI to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot copy the Fuseki UI from " + index, e);
        }
    }

    private static void copyFromJar(URL index, Path target) throws IOException {
        JarURLConnection conn = (JarURLConnection) index.openConnection();
        conn.setUseCaches(false);
        try (JarFile jar = conn.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.getName().startsWith(ROOT) || e.isDirectory()) continue;
                Path out = target.resolve(e.getName().substring(ROOT.length())).normalize();
                if (!out.startsWith(target)) throw new IOException("unexpected entry in UI jar: " + e.getName());
                Files.createDirectories(out.getParent());
                try (InputStream in = jar.getInputStream(e)) {
                    Files.copy(in, out);
                }
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (var paths = Files.walk(source)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path out = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(out);
                else Files.copy(p, out);
            }
        }
    }
}
