package prikaz.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * {@code prikaz} run as a program of its own, a new JVM on the test class path: for what an
 * in-process run cannot show — a cleared environment, signals, and file permissions (an
 * unreadable folder, a read-only output), which the superuser would pass through: run as root,
 * the program is started unprivileged in a user namespace ({@code unshare}), where the owner's
 * permission bits apply.
 */
record JvmRun(int exit, String out, String err) {

  /** A started program and the files its stdout and stderr go to. */
  record Started(Process process, Path stdout, Path stderr) {
    JvmRun finish() throws Exception {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("prikaz did not end in 120 s");
      }
      try {
        return new JvmRun(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
            Files.readString(stderr, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
      }
    }
  }

  /** java, the class path and the main class. */
  static List<String> java() {
    return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx400m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
  }

  /** Runs prikaz in {@code dir}; {@code environment} null keeps this one's, else it is all the child gets. */
  static JvmRun of(Path dir, Map<String, String> environment, String... args) throws Exception {
    List<String> command = java();
    command.addAll(List.of(args));
    return start(dir, environment, command).finish();
  }

  /** As {@link #of}, without the superuser's right to read and write everything. */
  static JvmRun unprivileged(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      Assumptions.assumeTrue(userNamespaces(), "run as root without user namespaces: permissions cannot be tried");
      command.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
    }
    command.addAll(java());
    command.addAll(List.of(args));
    return start(dir, null, command).finish();
  }

  static Started start(Path dir, Map<String, String> environment, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    if (environment != null) {
      builder.environment().clear();
      builder.environment().putAll(environment);
    }
    Path stdout = Files.createTempFile("prikaz-test", ".out");
    Path stderr = Files.createTempFile("prikaz-test", ".err");
    builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    return new Started(builder.start(), stdout, stderr);
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean userNamespaces() {
    try {
      Process probe = new ProcessBuilder("unshare", "--user", "--map-user=1000", "--map-group=1000", "true").start();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
