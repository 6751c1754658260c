package prikaz.app.serve;

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
  private volatile Throwable failure;

  Job(String id, Upload upload) {
    this.id = id;
    this.upload = upload;
  }

  /** The uploaded file; null once read, unless it is a scan whose pages the page shows. */
  Upload upload() {
    return upload;
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
    order = read;
    if (!read.source().ocr()) {
      upload = null;
    }
    state = State.done;
  }

  void failed(Throwable why) {
    failure = why;
    upload = null;
    state = State.failed;
  }
}
