package prikaz.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Order;

/**
 * One worker process of a batch job slot: a JVM of its own (the same java, the same classes)
 * with its own heap and its own temporary folder, started on first use. A file over the time
 * limit, or a worker that dies, ends it: its processes are killed, its temporary folder (OCR page
 * images, POI's files) deleted, and the next file starts a fresh one. Used by one thread at a time.
 */
final class Worker implements AutoCloseable {
  /** How long a worker may take to start before it counts as crashed. */
  private static final long START_SECONDS = 120;
  /** Stands for the end of the worker's replies (it exited). */
  private static final String ENDED = new String("\0ended");

  private final WorkerCommand command;
  private Process process;
  private Path temp;
  private BufferedWriter requests;
  private BlockingQueue<String> replies;

  Worker(WorkerCommand command) {
    this.command = command;
  }

  /** The order in {@code file}, read by the worker within {@code seconds} (0: no limit). */
  Order parse(Path file, long seconds) throws IOException, DocumentException {
    if (process == null || !process.isAlive()) {
      stop();
      start();
    }
    try {
      requests.write(WorkerReply.request(file.toAbsolutePath()));
      requests.newLine();
      requests.flush();
    } catch (IOException e) {
      throw ended();
    }
    String line = next(seconds);
    if (line == null) {
      stop();
      throw ParseBreakdown.timeout(seconds);
    } else if (line == ENDED) {
      throw ended();
    } else if (WorkerReply.endsWorker(line)) {
      stop();
    }
    try {
      return WorkerReply.read(line);
    } catch (ParseBreakdown e) {
      // the heap asked for, not what the collector leaves of it
      throw e.kind() == ParseBreakdown.Kind.OUT_OF_MEMORY
          ? new ParseBreakdown(ParseBreakdown.Kind.OUT_OF_MEMORY, Long.toString(command.heapMiB())) : e;
    }
  }

  private void start() {
    try {
      temp = Files.createTempDirectory(command.tempRoot(), "prikaz-worker-");
      ProcessBuilder builder = new ProcessBuilder(command.arguments(temp))
          .redirectError(temp.resolve("worker.log").toFile());
      process = builder.start();
    } catch (IOException e) {
      stop();
      throw new ParseBreakdown(ParseBreakdown.Kind.CRASHED, "cannot start: " + e.getMessage());
    }
    requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    replies = queue;
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Thread reader = new Thread(() -> {
      try (lines) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          queue.add(line);
        }
      } catch (IOException | UncheckedIOException e) {
        // the worker was stopped: its replies end here
      }
      queue.add(ENDED);
    }, "prikaz-worker-replies");
    reader.setDaemon(true);
    reader.start();
    String ready = next(START_SECONDS);
    if (!WorkerReply.READY.equals(ready)) {
      throw ready == null || ready == ENDED ? ended() : new ParseBreakdown(ParseBreakdown.Kind.CRASHED,
          "unexpected start: " + ready.substring(0, Math.min(80, ready.length())));
    }
  }

  /** The next reply, {@link #ENDED}, or null when none came in time. */
  private String next(long seconds) {
    try {
      return seconds > 0 ? replies.poll(seconds, TimeUnit.SECONDS) : replies.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      throw new ParseBreakdown(ParseBreakdown.Kind.INTERNAL, "interrupted");
    }
  }

  /** The worker ended without a reply: why, from its exit and its log; it is cleaned up. */
  private ParseBreakdown ended() {
    String log = "";
    int exit = -1;
    Process ended = process;
    Path folder = temp;
    if (ended == null || folder == null) {
      return new ParseBreakdown(ParseBreakdown.Kind.CRASHED, "stopped");
    }
    try {
      if (ended.waitFor(10, TimeUnit.SECONDS)) {
        exit = ended.exitValue();
      }
      Path file = folder.resolve("worker.log");
      if (Files.exists(file)) {
        byte[] bytes = Files.readAllBytes(file);
        log = new String(bytes, Math.max(0, bytes.length - 4096), Math.min(4096, bytes.length), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      // no log to read: the exit code alone tells
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stop();
    }
    return command.death(exit, log);
  }

  /** Kills the worker and what it started (Tesseract), then deletes its temporary folder. */
  synchronized void stop() {
    if (process != null) {
      List<ProcessHandle> children = process.descendants().toList();
      process.destroyForcibly();
      children.forEach(ProcessHandle::destroyForcibly);
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
    if (temp != null) {
      deleteTree(temp);
      temp = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The process id of the running worker, or -1. */
  long pid() {
    return process != null && process.isAlive() ? process.pid() : -1;
  }

  private static void deleteTree(Path root) {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    } catch (IOException | UncheckedIOException e) {
      return;
    }
    for (Path path : paths) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // a file still held by a dying process: the rest is deleted
      }
    }
  }
}
