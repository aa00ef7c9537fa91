package org.diplograph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset path. */
    public static final String DATASET = "/kg";

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
        deleteTree(adminArea);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete Fuseki work area " + dir, e);
        }
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

            Path area = createAdminArea();
            try {
                UiFiles.copyTo(area);
                FusekiServer.Builder b = FusekiServer.create()
                        .port(port)
                        .loopback(isLoopback(bindAddress))
                        .add(DATASET, service.build())
                        .registerOperation(Operation.Query, new CappedQuery(maxRows))
                        .enableCors(true, writeCorsProperties(area).toString())
                        .enablePing(true)
                        .enableStats(true)
                        .enableMetrics(true)
                        .addFilter("/*", new AdminGuardFilter())
                        .fusekiModules(FusekiModules.create(new ReadOnlyAdmin(area), FMod_UI.create()));
                LinkedData.register(b, store, iris);
                org.diplograph.explore.Explorer.register(b, store, iris, queryTimeout, maxRows);
                if (allowUpdate) {
                    UserStore users = hasFile ? userStore(passwordFile) : JettySecurityLib.makeUserStore(user, password);
                    b.securityHandler(JettySecurityLib.makeSecurityHandler("diplograph", users, AuthScheme.BASIC));
                }
                FusekiServer fuseki = b.build();
                if (!Files.exists(area.resolve("config.ttl")))
                    throw new IllegalStateException("Fuseki's admin module did not use the work area " + area);
                for (Connector c : fuseki.getJettyServer().getConnectors())
                    if (c instanceof ServerConnector sc) sc.setHost(bindAddress);
                return new SparqlServer(fuseki, area, bindAddress);
            } catch (RuntimeException e) {
                try {
                    deleteTree(area);
                } catch (UncheckedIOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }

        /** Users from a Jetty password file, read once (JettySecurityLib's store keeps a file scanner thread running). */
        private static UserStore userStore(Path file) {
            PropertyUserStore users = new PropertyUserStore();
            users.setConfig(ResourceFactory.root().newResource(file));
            users.setReloadInterval(0);   // read once: no scanner thread outliving the server
            return users;
        }

        private static Path createAdminArea() {
            try {
                return Files.createTempDirectory("diplograph-fuseki-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a work folder for Fuseki", e);
            }
        }

        private static Path writeCorsProperties(Path area) {
            Path file = area.resolve("cors.properties");
            String props = """
                    allowedOrigins=*
                    allowedMethods=GET,POST,OPTIONS
                    allowedHeaders=X-Requested-With,Content-Type,Accept,Origin,Last-Modified,Authorization
                    exposedHeaders=Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma
                    """;
            try {
                return Files.writeString(file, props, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
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
