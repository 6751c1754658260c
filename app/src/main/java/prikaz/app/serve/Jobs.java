package prikaz.app.serve;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import prikaz.parser.model.Order;

/**
 * The files being read and read recently. A fixed number of workers read them (a scan's OCR is
 * slow and memory-hungry: more at once would only queue inside Tesseract), at most {@link
 * #MAX_QUEUED} wait, and a finished job is kept for the page to fetch until {@link #MAX_KEPT}
 * newer ones push it out or {@link #KEPT_FOR} has passed. Job ids are random: one page cannot
 * guess another's.
 */
final class Jobs implements AutoCloseable {
  static final int MAX_QUEUED = 200;
  static final int MAX_KEPT = 300;
  static final long KEPT_FOR = TimeUnit.HOURS.toNanos(2);
  /** The page images of one scan are kept up to this size (~100 pages); later pages are not shown. */
  static final long PAGE_IMAGES_PER_SCAN = 32L << 20;
  /** The page images of all scans together: past it, the oldest scans' images are let go. */
  static final long PAGE_IMAGES_IN_ALL = 256L << 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Reading reading;
  private final ThreadPoolExecutor workers;
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  Jobs(Reading reading, int threads) {
    this.reading = reading;
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(MAX_QUEUED), runnable -> {
          Thread thread = new Thread(runnable, "prikaz-serve-reader");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** A job reading the upload, started as soon as a worker is free; null when too many wait. */
  Job submit(Upload upload) {
    Job job = new Job(randomId(), upload);
    synchronized (jobs) {
      forgetOld();
      jobs.put(job.id, job);
    }
    try {
      workers.execute(() -> run(job, true));
    } catch (RejectedExecutionException e) {
      synchronized (jobs) {
        jobs.remove(job.id);
      }
      return null;
    }
    return job;
  }

  /**
   * Reads an upload on a worker and waits for it (the API's synchronous parse), so that the number
   * of documents read at once stays bounded however many requests come; null when too many wait.
   */
  Job readNow(Upload upload) throws InterruptedException {
    Job job = new Job(randomId(), upload);
    Future<?> done;
    try {
      done = workers.submit(() -> run(job, false));
    } catch (RejectedExecutionException e) {
      return null;
    }
    try {
      done.get();
    } catch (java.util.concurrent.ExecutionException e) {
      job.failed(e.getCause());
    }
    return job;
  }

  /** The job with this id, or null (never was, or forgotten). */
  Job get(String id) {
    synchronized (jobs) {
      return id == null ? null : jobs.get(id);
    }
  }

  /** Reads the job's file; with {@code pages}, a scan's page images are kept for the page to show. */
  private void run(Job job, boolean pages) {
    job.reading();
    try {
      Order order = reading.read(job.upload(), job::page);
      if (pages && order.source().ocr()) {
        job.done(order, ScanPages.render(job.upload().bytes(), PAGE_IMAGES_PER_SCAN));
        keepPagesWithin(PAGE_IMAGES_IN_ALL);
      } else {
        job.done(order);
      }
    } catch (Exception | Error e) {
      // A bad document, a breakdown (out of memory, a stack overflow) or a bug: a message on the
      // file's card; the server and the other files go on.
      job.failed(e);
    }
  }

  /** Lets the page images of the oldest scans go until all of them take at most {@code budget} bytes. */
  private void keepPagesWithin(long budget) {
    synchronized (jobs) {
      long total = jobs.values().stream().mapToLong(Job::pageBytes).sum();
      for (Iterator<Job> oldest = jobs.values().iterator(); total > budget && oldest.hasNext(); ) {
        Job job = oldest.next();
        total -= job.pageBytes();
        job.forgetPages();
      }
    }
  }

  private void forgetOld() {
    long now = System.nanoTime();
    Iterator<Job> oldest = jobs.values().iterator();
    while (oldest.hasNext()) {
      Job job = oldest.next();
      boolean finished = job.state() == Job.State.done || job.state() == Job.State.failed;
      if (finished && (jobs.size() >= MAX_KEPT || now - job.created > KEPT_FOR)) {
        oldest.remove();
      } else if (jobs.size() < MAX_KEPT) {
        break;
      }
    }
  }

  private static String randomId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
