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
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j Community with the Bolt connector, configured only through environment variables
 * (the TypeScript wrapper in ../src owns the defaults). Prints exactly one status line on stdout:
 * "NEO4J_READY bolt://host:port" or "NEO4J_FAILED reason". With NEO4J_WATCH_STDIN=1 it exits when
 * its stdin closes, so a test runner that dies never leaves an orphan JVM behind.
 */
public final class Launcher {
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
        Files.createDirectories(home);

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
            System.exit(1);
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

        if ("1".equals(System.getenv("NEO4J_WATCH_STDIN"))) {
            while (System.in.read() != -1) {
                // Block until the parent closes the pipe (or dies).
            }
            System.exit(0);
        }
        stopped.await();
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
