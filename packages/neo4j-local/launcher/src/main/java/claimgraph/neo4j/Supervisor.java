package claimgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link Launcher} in a child JVM and starts it again when it dies (an OutOfMemoryError that
 * Neo4j could not survive, a database panic, a kill -9): a local server that one bad query took down
 * comes back by itself. Stops trying after {@link #MAX_RESTARTS} restarts within {@link #WINDOW_MS}.
 *
 * Environment: CLAIMGRAPH_CHILD_JVM_ARGS holds the child's JVM flags, one per line; everything else is
 * passed through to the Launcher. SIGTERM stops the child gracefully (its shutdown hook closes the
 * store) and then exits. With NEO4J_WATCH_STDIN=1 the supervisor exits when its stdin closes. The
 * child always watches its own stdin, a pipe from here, so it never outlives the supervisor.
 */
public final class Supervisor {
    static final int MAX_RESTARTS = 5;
    static final long WINDOW_MS = 10 * 60_000L;
    private static volatile boolean stopping = false;
    private static volatile Process child;

    public static void main(String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String jvmArgs = System.getenv("CLAIMGRAPH_CHILD_JVM_ARGS");
        if (jvmArgs != null) {
            for (String line : jvmArgs.split("\n")) if (!line.isBlank()) command.add(line.trim());
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());

        Runtime.getRuntime().addShutdownHook(new Thread(Supervisor::stopChild, "supervisor-shutdown"));
        if ("1".equals(System.getenv("NEO4J_WATCH_STDIN"))) {
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // Block until the parent closes the pipe (or dies).
                    }
                } catch (IOException ignored) {
                    // Treat a broken pipe like a closed one.
                }
                System.exit(0);
            }, "supervisor-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }

        Deque<Long> restarts = new ArrayDeque<>();
        while (!stopping) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("NEO4J_WATCH_STDIN", "1");
            builder.environment().remove("CLAIMGRAPH_CHILD_JVM_ARGS");
            Process started = builder.start();
            child = started;
            Thread pump = pump(started.getInputStream(), System.out);
            int code = started.waitFor();
            pump.join(2_000);
            if (stopping) break;
            if (code == Launcher.START_FAILED) System.exit(code); // it said why (NEO4J_FAILED); retrying cannot help
            long now = System.currentTimeMillis();
            while (!restarts.isEmpty() && now - restarts.peekFirst() > WINDOW_MS) restarts.removeFirst();
            if (restarts.size() >= MAX_RESTARTS) {
                say("NEO4J_GAVE_UP the database exited " + (MAX_RESTARTS + 1) + " times within "
                        + (WINDOW_MS / 60_000) + " minutes (last exit code " + code + ")");
                System.exit(1);
            }
            restarts.addLast(now);
            long backoffMs = Math.min(30_000L, 1_000L << (restarts.size() - 1));
            say("NEO4J_RESTARTING the database exited with code " + code + "; starting it again in "
                    + backoffMs + " ms");
            Thread.sleep(backoffMs);
        }
    }

    private static void stopChild() {
        stopping = true;
        Process running = child;
        if (running == null || !running.isAlive()) return;
        try {
            running.getOutputStream().close(); // the child's stdin watcher exits gracefully
        } catch (IOException ignored) {
            // Already closed.
        }
        running.destroy(); // SIGTERM: Neo4j's shutdown hook closes the store
        try {
            if (!running.waitFor(50, TimeUnit.SECONDS)) running.destroyForcibly();
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread pump(InputStream from, OutputStream to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = from.read(buffer)) != -1) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException ignored) {
                // The child is gone.
            }
        }, "supervisor-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
