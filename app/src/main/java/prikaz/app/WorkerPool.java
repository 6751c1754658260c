package prikaz.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Order;

/**
 * Files read in worker processes, as Tika Pipes does: one {@link Worker} per job slot, each with
 * its own heap and temporary folder, so a document that exhausts the heap or the stack, hangs or
 * crashes the JVM costs that file alone. Workers that end (and their temporary folders) are cleaned
 * up when the pool closes, and also when the JVM is stopped (Ctrl+C, SIGTERM).
 */
final class WorkerPool implements Parsing {
  private final BlockingQueue<Worker> idle;
  private final List<Worker> workers = new ArrayList<>();
  private final long timeoutSeconds;
  private final Thread cleanup;

  WorkerPool(int size, WorkerCommand command, long timeoutSeconds) {
    this.idle = new ArrayBlockingQueue<>(size);
    this.timeoutSeconds = timeoutSeconds;
    for (int i = 0; i < size; i++) {
      Worker worker = new Worker(command);
      workers.add(worker);
      idle.add(worker);
    }
    cleanup = new Thread(this::stopAll, "prikaz-worker-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  @Override
  public Order parse(Path file) throws IOException, DocumentException {
    Worker worker;
    try {
      worker = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParseBreakdown(ParseBreakdown.Kind.INTERNAL, "interrupted");
    }
    try {
      return worker.parse(file, timeoutSeconds);
    } finally {
      idle.add(worker);
    }
  }

  /** The process ids of the running workers (for tests and diagnostics). */
  List<Long> pids() {
    return workers.stream().map(Worker::pid).filter(pid -> pid > 0).toList();
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is already stopping: the hook runs anyway
    }
  }

  private void stopAll() {
    for (Worker worker : workers) {
      worker.stop();
    }
  }
}
