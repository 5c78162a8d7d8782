package claimgraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j Community with the Bolt connector, configured only through environment variables
 * (the TypeScript wrapper in ../src owns the defaults). Prints exactly one status line on stdout:
 * "NEO4J_READY bolt://host:port" or "NEO4J_FAILED reason". With NEO4J_WATCH_STDIN=1 it exits when
 * its stdin closes, so a test runner that dies never leaves an orphan JVM behind.
 */
public final class Launcher {
    /** Exit code when the server cannot start (bad settings, port taken): restarting will not help. */
    static final int START_FAILED = 78;
    /** Exit code when the database panicked and needs a restart. */
    static final int PANICKED = 70;

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("NEO4J_HOME_DIR", ".neo4j")).toAbsolutePath();
        String host = env("NEO4J_HOST", "127.0.0.1");
        int bolt = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String user = env("NEO4J_USER", "neo4j");
        String password = System.getenv("NEO4J_PASSWORD");
        long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "64"));
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        // Memory one transaction (and all of them together) may take before Neo4j stops it with
        // MemoryLimitExceeded, so one query cannot exhaust the heap (the JVM exits on OutOfMemoryError).
        long txMb = Long.parseLong(env("NEO4J_TX_MEMORY_MB", String.valueOf(Math.max(32, heapMb / 4))));
        long txTotalMb = Long.parseLong(env("NEO4J_TX_TOTAL_MEMORY_MB", String.valueOf(Math.max(txMb, heapMb / 2))));
        // LOAD CSV may read no file on this machine: file URLs are refused, and the import folder is
        // an empty one of our own (a second wall behind the viewer's plan check).
        Path importDir = home.resolve("import-disabled");
        // Neo4j re-plans a cached query once the statistics it was planned with drift, at most every
        // 10 s by default. While an ingest grows the graph that is every 10 s for each of its ~25
        // statements (and twice, with the expression code generation that follows): a fifth of the
        // database's CPU in a profiled ingest. Every ingest statement seeks by a unique id, so its plan
        // does not depend on the counts; the viewer's reads are re-planned every few minutes instead.
        long replanSeconds = Long.parseLong(env("NEO4J_MIN_REPLAN_SECONDS", "300"));
        Files.createDirectories(home);
        Files.createDirectories(importDir);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, bolt))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, bolt))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null && !password.isBlank())
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMb))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txTotalMb))
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofSeconds(replanSeconds))
                // Bolt waits 5 s + 5 s for idle connections and worker threads on shutdown by default;
                // a local single-user server has nothing to wait for.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));

        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
            if (password != null && !password.isBlank()) {
                var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
                boolean exists = system.executeTransactionally(
                        "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
                        Map.of("user", user), result -> ((Number) result.next().get("n")).longValue() > 0);
                try {
                    system.executeTransactionally(
                            exists ? "ALTER USER " + quote(user) + " SET PASSWORD $password CHANGE NOT REQUIRED"
                                   : "CREATE USER " + quote(user) + " SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
                } catch (RuntimeException e) {
                    // Neo4j refuses to "change" a password to the one it already has: nothing to do then.
                    if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
                }
            }
        } catch (Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            System.out.println("NEO4J_FAILED " + root.getClass().getSimpleName() + ": " + root.getMessage());
            System.out.flush();
            System.exit(START_FAILED);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService running = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        System.out.println("NEO4J_READY bolt://" + host + ":" + bolt);
        System.out.flush();
        watchHealth(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));

        if ("1".equals(System.getenv("NEO4J_WATCH_STDIN"))) {
            while (System.in.read() != -1) {
                // Block until the parent closes the pipe (or dies).
            }
            System.exit(0);
        }
        stopped.await();
    }

    /**
     * Neo4j turns an OutOfMemoryError in a query into a failed transaction and keeps running, but one in
     * its own machinery panics the database, which then refuses every transaction. Exit then, so the
     * {@link Supervisor} starts a healthy one.
     */
    private static void watchHealth(GraphDatabaseService db) {
        DatabaseHealth health = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(DatabaseHealth.class);
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
                if (!health.hasNoPanic()) {
                    System.out.println("NEO4J_PANIC " + health.causeOfPanic());
                    System.out.flush();
                    System.exit(PANICKED);
                }
            }
        }, "claimgraph-health");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
