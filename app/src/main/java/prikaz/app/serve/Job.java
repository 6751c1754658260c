package prikaz.app.serve;

import java.util.List;
import prikaz.app.Failures;
import prikaz.parser.model.Order;

/**
 * One file being read for the page: its upload, how far OCR has got, and then the order or why
 * there is none. Written by the worker thread, read by the page's polling; each field is volatile
 * and the order or failure is set before the state says so.
 */
final class Job {
  /** Where a job is. */
  enum State {
    queued,
    reading,
    done,
    failed
  }

  final String id;
  private volatile Upload upload;
  final long created = System.nanoTime();
  private volatile State state = State.queued;
  private volatile int pagesDone;
  private volatile int pagesTotal;
  private volatile Order order;
  /** A scan's pages as PNG, for the page to show beside the table; empty for other files or once forgotten. */
  private volatile List<byte[]> pageImages = List.of();
  private volatile Throwable failure;

  Job(String id, Upload upload) {
    this.id = id;
    this.upload = upload;
  }

  /** The uploaded file; null once read. */
  Upload upload() {
    return upload;
  }

  /** How many page images of the scan there are to show (0 for a file that is not a scan). */
  int pageCount() {
    return pageImages.size();
  }

  /** Page {@code index} (from 0) of the scan as PNG, or null. */
  byte[] pageImage(int index) {
    List<byte[]> pages = pageImages;
    return index >= 0 && index < pages.size() ? pages.get(index) : null;
  }

  /** The bytes the page images take. */
  long pageBytes() {
    return pageImages.stream().mapToLong(png -> png.length).sum();
  }

  /** Lets the page images go (memory is short; the page then shows the table alone). */
  void forgetPages() {
    pageImages = List.of();
  }

  State state() {
    return state;
  }

  int pagesDone() {
    return pagesDone;
  }

  int pagesTotal() {
    return pagesTotal;
  }

  /** The order read, once {@link State#done}. */
  Order order() {
    return order;
  }

  /** Why the file could not be read, in a language, once {@link State#failed}. */
  Failures.Failure failure(String language) {
    return failure == null ? null : Failures.of(failure, language);
  }

  void reading() {
    state = State.reading;
  }

  void page(int done, int total) {
    pagesTotal = total;
    pagesDone = done;
  }

  void done(Order read) {
    done(read, List.of());
  }

  /** The order read, with the scan's page images to show beside it. */
  void done(Order read, List<byte[]> pages) {
    order = read;
    pageImages = List.copyOf(pages);
    upload = null;
    state = State.done;
  }

  void failed(Throwable why) {
    failure = why;
    upload = null;
    state = State.failed;
  }
}
