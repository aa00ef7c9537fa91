package org.diplograph.cli;

import org.diplograph.model.Problem;
import org.diplograph.model.Article;
import org.diplograph.io.ArticleReader;
import org.diplograph.ingest.IngestReport;
import java.util.List;
import java.util.ArrayList;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.diplograph.model.UserException;
import org.diplograph.server.SparqlServer;
import org.diplograph.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: serves the store over SPARQL with the Fuseki UI, read-only unless updates are enabled with
 * credentials, until interrupted (Ctrl-C closes the server and the store cleanly).
 * <pre>
 *   diplograph serve --store kg --port 3030
 *   DIPLOGRAPH_PASSWORD=... diplograph serve --allow-updates
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph: SPARQL at /kg/sparql, the Fuseki UI at /. Read-only unless --allow-updates.")
public final class ServeCommand implements Callable<Integer> {
    /** The environment variable holding the password of user {@value #ENV_USER} for {@code --allow-updates}. */
    static final String ENV_PASSWORD = "DIPLOGRAPH_PASSWORD";
    static final String ENV_USER = "admin";

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin VerboseOption verbose;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Longest a query may run; an explorer export (claims.csv, claims.json) may run three times as long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000", description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-query-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "Largest query or update request in bytes; larger ones get HTTP 413 (default: ${DEFAULT-VALUE}, 1 MiB).")
    long maxQueryBytes;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "Web origin (https://host[:port]) whose pages may send writes with credentials; repeatable. "
                    + "Reads are open to every origin without credentials; without this option no page elsewhere can write.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--allow-load-from", paramLabel = "IRI", split = ",",
            description = "http(s) IRI prefix that SPARQL LOAD may read from; repeatable. Without it LOAD of remote IRIs "
                    + "is refused; LOAD of file: IRIs is always refused.")
    List<String> loadSources = new ArrayList<>();

    @Option(names = "--allow-updates",
            description = "Accept SPARQL Update and Graph Store writes from authenticated users (needs --password-file or $" + ENV_PASSWORD + ").")
    boolean allowUpdates;

    @Option(names = "--password-file", paramLabel = "F",
            description = "Users allowed to update, one 'user: password' per line (Jetty format). Without it, user "
                    + ENV_USER + " with the password in $" + ENV_PASSWORD + ".")
    Path passwordFile;

    /** Reads environment variables; tests replace it. */
    UnaryOperator<String> env = System::getenv;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Option(names = "--demo", description = "Ingest the demo articles (--demo-articles) first when the store has none.")
    boolean demo;

    @Option(names = "--demo-articles", paramLabel = "DIR", defaultValue = "data/articles",
            description = "Articles that --demo ingests (default: ${DEFAULT-VALUE}).")
    Path demoArticles;

    @Mixin ExtractionOptions extraction;

    /** Called with the open store before the server starts: {@code --demo} ingests the demo articles into an empty store. */
    void beforeStart(KnowledgeStore store) {
        if (!demo || store.stats().articles() > 0) return;
        if (!java.nio.file.Files.isDirectory(demoArticles))
            throw new UserException("--demo: no demo articles at %s; run from the project folder or pass --demo-articles DIR"
                    .formatted(demoArticles));
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(demoArticles), problems::add);
        IngestReport report = IngestCommand.ingest(store, extraction, articles, false);
        problems.forEach(err::println);
        report.problems().forEach(err::println);
        err.println("demo: ingested " + report.summary());
    }

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!SparqlServer.isLoopback(bind)) {
            err.printf("diplograph: warning: listening on %s, so other machines can reach the endpoint; "
                    + "put a reverse proxy with TLS in front of it for public use%n", bind);
            if (allowUpdates)
                err.println("diplograph: warning: update passwords travel unencrypted (HTTP Basic) unless a TLS proxy is in front");
            err.flush();
        }
        KnowledgeStore store = KnowledgeStore.open(demo ? storeOptions.store() : storeOptions.existing());
        SparqlServer server = null;
        Thread hook = null;
        boolean interrupted = false;
        try {
            beforeStart(store);
            server = configure(SparqlServer.builder(store)).build();
            server.start();
            SparqlServer running = server;
            hook = new Thread(() -> shutDown(running, store), "diplograph-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("SPARQL endpoint: " + server.sparqlUrl());
            out.println("Fuseki UI: " + server.baseUrl());
            out.println("Entity pages: " + server.baseUrl() + "id/... (" + extraction.iris().idNamespace() + "...), ontology: "
                    + server.baseUrl() + "ontology, VoID: " + server.baseUrl() + ".well-known/void");
            if (allowUpdates) out.println("Updates: " + server.baseUrl() + "kg/update (HTTP Basic authentication)");
            if (store.hasTextIndex()) out.println("Full-text search: text:query (jena-text) over the default graph; see queries/search-evidence.rq");
            out.println("Press Ctrl-C to stop.");
            out.flush();
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true;  // restored below: Jetty's stop fails on a thread that is still interrupted
        } finally {
            shutDown(server, store);
            if (hook != null) removeHook(hook);
            if (interrupted) Thread.currentThread().interrupt();
        }
        return 0;
    }

    private SparqlServer.Builder configure(SparqlServer.Builder b) {
        b.port(port).bindAddress(bind).queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).iris(extraction.iris())
                .maxQueryBytes(maxQueryBytes).corsOrigins(corsOrigins).allowLoadFrom(loadSources);
        if (allowUpdates) {
            b.allowUpdate(true);
            if (passwordFile != null) b.passwordFile(passwordFile);
            else b.credentials(ENV_USER, env.apply(ENV_PASSWORD));
        }
        return b;
    }

    private void checkOptions() {
        if (port < 0 || port > 65535) throw new UserException("--port %d is out of range; use 0 to 65535".formatted(port));
        if (timeoutSeconds < 1) throw new UserException("--timeout %d must be at least 1 second".formatted(timeoutSeconds));
        if (maxRows < 1) throw new UserException("--max-rows %d must be at least 1".formatted(maxRows));
        if (maxQueryBytes < 1) throw new UserException("--max-query-bytes %d must be at least 1".formatted(maxQueryBytes));
        for (String o : corsOrigins)
            if (!o.matches("https?://[^/\\s]+"))
                throw new UserException("--cors-origin %s: give an origin as scheme://host[:port], e.g. https://app.example.org".formatted(o));
        for (String iri : loadSources)
            if (!iri.matches("(?i)https?://[^/\\s]+(/\\S*)?"))
                throw new UserException("--allow-load-from %s: give an http or https IRI, e.g. https://data.example.org/rdf/".formatted(iri));
        if (!loadSources.isEmpty() && !allowUpdates)
            throw new UserException("--allow-load-from is only used with --allow-updates");
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UserException("--bind %s: unknown host; give an IP address or a host name of this machine".formatted(bind), e);
        }
        if (passwordFile != null && !allowUpdates)
            throw new UserException("--password-file is only used with --allow-updates");
        if (allowUpdates && passwordFile != null && !Files.isReadable(passwordFile))
            throw new UserException("password file %s is not readable".formatted(passwordFile));
        if (allowUpdates && passwordFile == null) {
            String pw = env.apply(ENV_PASSWORD);
            if (pw == null || pw.isEmpty())
                throw new UserException(("--allow-updates needs credentials: --password-file F (lines 'user: password') "
                        + "or the environment variable %s (user %s)").formatted(ENV_PASSWORD, ENV_USER));
        }
    }

    /** Stops the server and closes the store; safe to call from the shutdown hook and the main thread alike. */
    private synchronized void shutDown(SparqlServer server, KnowledgeStore store) {
        try {
            if (server != null) server.stop();
        } finally {
            store.close();
            stopped.countDown();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException jvmShuttingDown) {
            // Ctrl-C: the JVM is already running the hook, which has stopped everything; nothing left to undo.
        }
    }
}
