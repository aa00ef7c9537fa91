package org.diplograph.server;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.system.FusekiLogging;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.model.UserException;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The SPARQL endpoint over a {@link KnowledgeStore}: queries at {@code /kg/sparql} and {@code /kg/query} (the union
 * of the named graphs is the default graph), the Fuseki UI at {@code /}, ping/stats/metrics under {@code /$/}, and the
 * linked-data front end ({@link LinkedData}): {@code /id/…} pages, {@code /ontology}, {@code /.well-known/void}, and
 * the service description on {@code GET /kg/sparql} without a query.
 * <pre>
 *   try (SparqlServer server = SparqlServer.builder(store).port(0).build()) {
 *       server.start();
 *       URI endpoint = URI.create(server.sparqlUrl());
 *   }
 * </pre>
 * Read-only by default. With {@link Builder#allowUpdate(boolean)}, {@code /kg/update} and {@code /kg/data} accept
 * writes from authenticated users only (HTTP Basic). Building configures the store's dataset context: the query
 * timeout and {@code SERVICE} switched off.
 *
 * <p>Every request is bounded (README, "Serving in public"): queries stop at the timeout, regular expressions
 * included ({@link CappedQuery}); requests above {@link Builder#maxQueryBytes} get 413 ({@link QuerySizeFilter});
 * CORS lets any origin read and only {@link Builder#corsOrigins} write ({@link CorsFilter}); {@code LOAD} reads no
 * local file and only {@link Builder#allowLoadFrom} sources ({@link LoadGuardedUpdate}); the Graph Store serves one
 * graph at a time ({@link GraphStoreOnly}); TRACE and directory listings are off ({@link NoTraceFilter}).
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset path. */
    public static final String DATASET = "/kg";
    /** The default of {@link Builder#maxQueryBytes(long)}: 1 MiB. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 1L << 20;
    /** How many characters of results a query may hold in memory before its response starts ({@link BufferedResults}). */
    static final long DEFAULT_RESULT_BUFFER_CHARS = 8_000_000;

    private final FusekiServer fuseki;
    private final Path adminArea;
    private final String bindAddress;
    private final String host;
    private boolean started;
    private boolean stopped;

    private SparqlServer(FusekiServer fuseki, Path adminArea, String bindAddress) {
        this.fuseki = fuseki;
        this.adminArea = adminArea;
        this.bindAddress = bindAddress;
        this.host = displayHost(bindAddress);
    }

    /** A builder for a server over {@code store}. */
    public static Builder builder(KnowledgeStore store) {
        return new Builder(store);
    }

    /**
     * Starts serving.
     *
     * @throws UserException when the port is taken
     */
    public synchronized SparqlServer start() {
        if (started) throw new IllegalStateException("server already started");
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            BindException bind = cause(e, BindException.class);
            if (bind != null) {
                deleteAdminArea();
                String msg = String.valueOf(bind.getMessage());
                if (msg.contains("in use"))
                    throw new UserException("port %d is in use; pick another with --port".formatted(configuredPort()), e);
                throw new UserException("cannot listen on %s port %d: %s; check --bind".formatted(bindAddress,
                        configuredPort(), msg), e);
            }
            throw e;
        }
        started = true;
        return this;
    }

    private int configuredPort() {
        for (Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof NetworkConnector nc) return nc.getPort();
        return -1;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (type.isInstance(t)) return type.cast(t);
        return null;
    }

    /** The port the server listens on (the chosen one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://HOST:PORT/}: the Fuseki UI. */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://%s:%d/".formatted(h, port());
    }

    /** {@code http://HOST:PORT/kg/sparql}. */
    public String sparqlUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    /** The folder Fuseki's admin module uses as its work area ({@code FUSEKI_BASE}); deleted on {@link #stop()}. */
    public Path adminArea() {
        return adminArea;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and deletes the admin work area. The store stays open. Calling it again does nothing. */
    public synchronized void stop() {
        if (stopped) return;
        stopped = true;
        try {
            if (started) fuseki.stop();
        } finally {
            deleteAdminArea();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void deleteAdminArea() {
        WorkAreas.deleteTree(adminArea);
    }

    /** Settings of a {@link SparqlServer}; each setter checks its argument. */
    public static final class Builder {
        private final KnowledgeStore store;
        private int port = 3030;
        private String bindAddress = "127.0.0.1";
        private Duration queryTimeout = Duration.ofSeconds(10);
        private long maxRows = 10_000;
        private boolean allowUpdate;
        private Path passwordFile;
        private String user;
        private String password;
        private Iris iris = Iris.defaultBase();
        private long maxQueryBytes = DEFAULT_MAX_QUERY_BYTES;
        private List<String> corsOrigins = List.of();
        private List<String> loadSources = List.of();
        private long resultBufferChars = DEFAULT_RESULT_BUFFER_CHARS;
        private Path workParent = Path.of(System.getProperty("java.io.tmpdir"));

        private Builder(KnowledgeStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The HTTP port; 0 picks a free one. Default 3030. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /** The address to listen on. Default {@code 127.0.0.1}: only this machine can connect. */
        public Builder bindAddress(String address) {
            Objects.requireNonNull(address, "address");
            if (address.isBlank()) throw new IllegalArgumentException("blank bind address");
            this.bindAddress = address;
            return this;
        }

        /** The longest a query may run (rounded to milliseconds). Default 10 s. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("query timeout must be positive: " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /** The most rows (solutions) a query returns. Default 10,000. */
        public Builder maxRows(long maxRows) {
            if (maxRows < 1) throw new IllegalArgumentException("max rows must be positive: " + maxRows);
            this.maxRows = maxRows;
            return this;
        }

        /** Whether SPARQL Update and Graph Store writes are served (to authenticated users only). Default false. */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** Users allowed to update, from a Jetty password file ({@code user: password} per line). */
        public Builder passwordFile(Path file) {
            Objects.requireNonNull(file, "file");
            if (!Files.isReadable(file)) throw new IllegalArgumentException("password file not readable: " + file);
            this.passwordFile = file;
            return this;
        }

        /** The one user allowed to update. */
        public Builder credentials(String user, String password) {
            if (user == null || user.isBlank()) throw new IllegalArgumentException("blank user name");
            if (password == null || password.isEmpty()) throw new IllegalArgumentException("empty password for user " + user);
            this.user = user;
            this.password = password;
            return this;
        }

        /** The largest query or update request, in bytes (query string or body); larger ones get 413. Default 1 MiB. */
        public Builder maxQueryBytes(long bytes) {
            if (bytes < 1) throw new IllegalArgumentException("max query bytes must be positive: " + bytes);
            this.maxQueryBytes = bytes;
            return this;
        }

        /**
         * Web origins (such as {@code https://app.example.org}) whose pages may send credentialed writes (CORS).
         * Reads are open to every origin without credentials whatever this says. Default none.
         */
        public Builder corsOrigins(List<String> origins) {
            for (String o : origins)
                if (o == null || !o.matches("https?://[^/\\s]+"))
                    throw new IllegalArgumentException("a CORS origin is scheme://host[:port] without a path: " + o);
            this.corsOrigins = List.copyOf(origins);
            return this;
        }

        /**
         * http(s) IRI prefixes that SPARQL {@code LOAD} may read from. Default none; {@code file:} is never allowed.
         *
         * @throws IllegalArgumentException when one is not an http(s) IRI with a host
         */
        public Builder allowLoadFrom(List<String> sources) {
            sources.forEach(LoadGuardedUpdate::normaliseSource);
            this.loadSources = List.copyOf(sources);
            return this;
        }

        /** Characters of results held before the response starts; beyond it they stream (tests use a small one). */
        Builder resultBufferChars(long chars) {
            if (chars < 0) throw new IllegalArgumentException("result buffer must not be negative: " + chars);
            this.resultBufferChars = chars;
            return this;
        }

        /** The folder for Fuseki's work area (default: the temporary folder); tests use their own. */
        Builder workParent(Path parent) {
            this.workParent = Objects.requireNonNull(parent, "parent");
            return this;
        }

        /** The base of the IRIs that {@code /id/…} dereferences ({@code {base}id/x} at {@code /id/x}). Default {@link Iris#DEFAULT_BASE}. */
        public Builder iris(Iris iris) {
            this.iris = Objects.requireNonNull(iris, "iris");
            return this;
        }

        /**
         * Builds the server (not started).
         *
         * @throws IllegalStateException when updates are allowed without exactly one source of credentials
         */
        public SparqlServer build() {
            boolean hasFile = passwordFile != null;
            boolean hasUser = user != null;
            if (allowUpdate && hasFile == hasUser)
                throw new IllegalStateException("allowing updates needs exactly one of a password file or credentials");

            // Keep our log4j2.properties (warnings to stderr) instead of Fuseki's INFO-level setup.
            FusekiLogging.markInitialized(true);
            DatasetGraph dsg = store.dataset();
            dsg.getContext().set(ARQ.queryTimeout, queryTimeout.toMillis());
            dsg.getContext().set(ARQ.httpServiceAllowed, false);

            DataService.Builder service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R);
            if (allowUpdate) {
                AuthPolicy writers = hasFile ? Auth.ANY_USER : Auth.policyAllowSpecific(user);
                service.addEndpoint(Operation.Update, "update", writers)
                       .addEndpoint(Operation.GSP_RW, "data", writers);
            } else {
                service.addEndpoint(Operation.GSP_R, "data");
            }

            WorkAreas.deleteStale(workParent);
            Path area = WorkAreas.create(workParent);
            try {
                UiFiles.copyTo(area);
                FusekiServer.Builder b = FusekiServer.create()
                        .port(port)
                        .loopback(isLoopback(bindAddress))
                        .add(DATASET, service.build())
                        .enableCors(false)
                        .enablePing(true)
                        .enableStats(true)
                        .enableMetrics(true)
                        .addFilter("/*", new AdminGuardFilter())
                        .addFilter("/*", new ContentSecurityPolicy())
                        .fusekiModules(FusekiModules.create(new ReadOnlyAdmin(area), FMod_UI.create()));
                bound(b);
                LinkedData.register(b, store, iris);
                org.diplograph.explore.Explorer.register(b, store, iris, queryTimeout, maxRows);
                ConstraintSecurityHandler security = null;
                if (allowUpdate) {
                    UserStore users = hasFile ? userStore(passwordFile) : JettySecurityLib.makeUserStore(user, password);
                    security = JettySecurityLib.makeSecurityHandler("diplograph", users, AuthScheme.BASIC);
                    b.securityHandler(security);
                }
                FusekiServer fuseki = b.build();
                if (security != null) letPreflightsThrough(security);
                if (!Files.exists(area.resolve("config.ttl")))
                    throw new IllegalStateException("Fuseki's admin module did not use the work area " + area);
                ServletContextHandler context = ServletContextHandler.getServletContextHandler(fuseki.getServletContext());
                context.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");   // no listing of /static/
                context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxQueryBytes + 16));  // "query=" or "update=" and the encoding
                for (Connector c : fuseki.getJettyServer().getConnectors())
                    if (c instanceof ServerConnector sc) sc.setHost(bindAddress);
                return new SparqlServer(fuseki, area, bindAddress);
            } catch (RuntimeException e) {
                try {
                    WorkAreas.deleteTree(area);
                } catch (UncheckedIOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }

        /**
         * Exempts OPTIONS from the login that Fuseki requires on the write endpoints: a CORS preflight never carries
         * credentials, so without this no listed origin could write; {@link CorsFilter} answers the preflight and
         * Fuseki answers a plain OPTIONS with the allowed methods, neither touching data.
         */
        private static void letPreflightsThrough(ConstraintSecurityHandler security) {
            for (ConstraintMapping m : security.getConstraintMappings())
                if (m.getMethod() == null && m.getMethodOmissions() == null) m.setMethodOmissions(new String[] {"OPTIONS"});
        }

        /** Users from a Jetty password file, read once (JettySecurityLib's store keeps a file scanner thread running). */
        private static UserStore userStore(Path file) {
            PropertyUserStore users = new PropertyUserStore();
            users.setConfig(ResourceFactory.root().newResource(file));
            users.setReloadInterval(0);   // read once: no scanner thread outliving the server
            return users;
        }

        /**
         * The bounds on what a request may cost or reach: no TRACE, CORS reads for all and writes for listed origins,
         * query size, the bounded query operation, LOAD sources, and the Graph Store one graph at a time.
         */
        private void bound(FusekiServer.Builder b) {
            b.addFilter("/*", new NoTraceFilter())
             .addFilter("/*", new CorsFilter(DATASET, corsOrigins))
             .addFilter("/*", new QuerySizeFilter(DATASET, maxQueryBytes))
             .addFilter("/*", new MessageLengthFilter(DATASET))
             .registerOperation(Operation.Query, new CappedQuery(maxRows, resultBufferChars))
             .registerOperation(Operation.Update, new LoadGuardedUpdate(loadSources))
             .registerOperation(Operation.GSP_R, new GraphStoreOnly.Read())
             .registerOperation(Operation.GSP_RW, new GraphStoreOnly.ReadWrite());
        }
    }

    /** Whether {@code address} names this machine's loopback interface. */
    public static boolean isLoopback(String address) {
        if (address.equalsIgnoreCase("localhost")) return true;
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String displayHost(String bindAddress) {
        return switch (bindAddress) {
            case "0.0.0.0", "::", "[::]" -> "localhost";
            default -> bindAddress;
        };
    }
}
