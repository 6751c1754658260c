package prikaz.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files written whole or not at all: into a hidden temporary file beside the target, then renamed
 * over it. A temporary file still open when the program is stopped (Ctrl-C) is deleted on the way
 * out, so an interrupted run leaves only complete files.
 */
final class AtomicFile {
  /** Writes the content of a file. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path temp : IN_FLIGHT) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Nothing more can be done on the way out.
        }
      }
    }, "prikaz-cleanup"));
  }

  private AtomicFile() {}

  /**
   * Writes to {@code target}, or when it is null to {@code stdout} — rendered whole first, so a
   * failure leaves nothing half-written there either.
   */
  static void writeOrStdout(Path target, OutputStream stdout, Content content) throws IOException {
    if (target != null) {
      write(target, content);
      return;
    }
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    content.writeTo(buffer);
    buffer.writeTo(stdout);
    stdout.flush();
  }

  static void write(Path target, Content content) throws IOException {
    try (Pending pending = open(target)) {
      content.writeTo(pending.out());
      pending.commit();
    }
  }

  /**
   * A file written a piece at a time (JSON Lines as each order is parsed): into the temporary
   * file, renamed into place by {@link Pending#commit}; closed without it, nothing is left.
   */
  static Pending open(Path target) throws IOException {
    return new Pending(target);
  }

  /** A file being written; see {@link #open}. */
  static final class Pending implements AutoCloseable {
    private final Path absolute;
    private final Path temp;
    private final OutputStream out;

    private Pending(Path target) throws IOException {
      absolute = target.toAbsolutePath();
      // Not createTempFile: its 0600 mode would stay on the result; a plain new file follows the umask.
      temp = absolute.getParent().resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
          + System.nanoTime() + ".part");
      IN_FLIGHT.add(temp);
      try {
        out = new java.io.BufferedOutputStream(
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
      } catch (IOException e) {
        IN_FLIGHT.remove(temp);
        throw e;
      }
    }

    OutputStream out() {
      return out;
    }

    /** Closes the file and renames it over the target. */
    void commit() throws IOException {
      out.close();
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temp);
        IN_FLIGHT.remove(temp);
      }
    }
  }
}
