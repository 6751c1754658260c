package prikaz.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

  /** The name of the empty file a batch writes and deletes to learn whether it may write in its folder. */
  static final String PROBE = "prikaz-probe";

  /** «.NAME.PID.NANOS.part»: a temporary file of ours, and the process that writes it. */
  private static final Pattern TEMPORARY = Pattern.compile("^\\..*\\.(\\d{1,10})\\.\\d+\\.part$");

  /** The longest file name most file systems take, in bytes (ext4, XFS, btrfs, NTFS in UTF-16 units). */
  static final int NAME_MAX = 255;

  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  private static final List<Runnable> BEFORE_EXIT = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // First what must still be written (a stopped batch's reports), then the temporaries go.
      for (Runnable task : BEFORE_EXIT) {
        task.run();
      }
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

  /** Runs {@code task} when the program is stopped, before the temporaries still open are deleted. */
  static void beforeExit(Runnable task) {
    BEFORE_EXIT.add(task);
  }

  static void noLongerBeforeExit(Runnable task) {
    BEFORE_EXIT.remove(task);
  }

  /**
   * Deletes the temporaries under {@code folder} that a process no longer running left (a run
   * killed with SIGKILL or by a power cut has no way out to delete them); those of a run still
   * going are kept. Returns how many were deleted.
   */
  static int removeStale(Path folder) throws IOException {
    List<Path> stale;
    try (Stream<Path> files = Files.walk(folder)) {
      stale = files.filter(f -> isStale(f.getFileName().toString()) && Files.isRegularFile(f)).toList();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    int removed = 0;
    for (Path file : stale) {
      removed += Files.deleteIfExists(file) ? 1 : 0;
    }
    return removed;
  }

  private static boolean isStale(String name) {
    Matcher temporary = TEMPORARY.matcher(name);
    if (!temporary.matches()) {
      return false;
    }
    long pid = Long.parseLong(temporary.group(1));
    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** The temporary file's name beside {@code name}: «.NAME.PID.NANOS.part», NAME cut to fit the file system. */
  static String temporaryName(String name) {
    String tail = "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part";
    return "." + OutputNames.cut(name, NAME_MAX - 1 - tail.length()) + tail;
  }

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
      temp = absolute.getParent().resolve(temporaryName(absolute.getFileName().toString()));
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
