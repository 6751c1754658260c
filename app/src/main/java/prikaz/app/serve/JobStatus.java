package prikaz.app.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import prikaz.app.Failures;
import prikaz.app.export.RussianWarnings;
import prikaz.parser.model.Order;
import prikaz.parser.model.Location;
import prikaz.parser.model.Warning;

/**
 * What the page polls for: a job's state and OCR progress, then the order — as the parser gave it
 * ({@code order}, the page edits it and sends it back for the downloads) with its warnings as the
 * page shows them ({@code notes}, one per warning in the same order: the message and place in the
 * page's language) — or why the file could not be read ({@code error}). For a scan, the number of
 * page images ({@code scanPages}) the page can show beside the table.
 */
final class JobStatus {
  private JobStatus() {}

  static Map<String, Object> of(Job job, String language) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", job.id);
    status.put("state", job.state().name());
    status.put("pagesDone", job.pagesDone());
    status.put("pagesTotal", job.pagesTotal());
    if (job.state() == Job.State.done) {
      Order order = job.order();
      status.put("order", order);
      status.put("notes", notes(order, language));
      status.put("scanPages", job.pageCount());
    } else if (job.state() == Job.State.failed) {
      Failures.Failure failure = job.failure(language);
      status.put("error", Map.of("code", failure.code(), "message", failure.message()));
    }
    return status;
  }

  private static List<Map<String, String>> notes(Order order, String language) {
    List<Map<String, String>> notes = new ArrayList<>();
    for (Warning warning : order.warnings()) {
      Map<String, String> note = new LinkedHashMap<>();
      note.put("code", warning.code().name());
      boolean russian = language.equals("ru");
      note.put("message", russian ? RussianWarnings.message(warning) : warning.message());
      Location where = warning.where();
      note.put("where", where == null ? "" : russian ? RussianWarnings.where(where) : where.text());
      notes.add(note);
    }
    return notes;
  }
}
