package prikaz.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import prikaz.parser.model.Order;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Warning;

/**
 * What makes a result doubtful — to be checked against the paper before it is trusted — and so
 * fails a {@code --strict} run: a plan table that gave no rows, an OCR reading the recogniser was
 * unsure of (in a plan cell, a header field), a PDF text layer that does not decode, a document without its act heading, a table
 * that was not read as a plan, a file that ends early, a plan column whose header could not be read. Repairs the parser made with confidence (a row joined across a page
 * break) are not doubts.
 */
final class Doubts {
  /** The codes of doubtful results. */
  static final Set<Warning.Code> CODES = Set.of(Warning.Code.PLAN_EMPTY, Warning.Code.LOW_CONFIDENCE,
      Warning.Code.LOW_CONFIDENCE_HEADER, Warning.Code.TEXT_LAYER_BROKEN, Warning.Code.NO_HEADER,
      Warning.Code.TABLE_NOT_A_PLAN, Warning.Code.TRUNCATED,
      Warning.Code.COLUMN_UNREADABLE);

  private Doubts() {}

  /**
   * The order with a {@code PLAN_EMPTY} warning for each plan whose table gave no rows, and for a
   * scan whose points name an appendix («приложение») when no plan was read from it (the table the
   * recogniser could not read), so that neither is a silent empty sheet.
   */
  static Order warned(Order order) {
    List<Warning> added = new ArrayList<>();
    if (order.source().ocr() && order.plans().isEmpty() && namesAnAppendix(order.header().points())) {
      added.add(new Warning(Warning.Code.PLAN_EMPTY, "the order names an appendix but no plan table was read from the scan: "
          + "check the scan and the OCR", null));
    }
    for (int p = 0; p < order.plans().size(); p++) {
      Plan plan = order.plans().get(p);
      if (plan.items().isEmpty()) {
        added.add(new Warning(Warning.Code.PLAN_EMPTY, "the plan table gave no rows"
            + (order.source().ocr() ? ": check the scan and the OCR" : ""), prikaz.parser.model.Location.plan(p + 1)));
      }
    }
    if (added.isEmpty()) {
      return order;
    }
    List<Warning> warnings = new ArrayList<>(order.warnings());
    warnings.addAll(added);
    return new Order(order.schema(), order.source(), order.header(), order.plans(), warnings);
  }

  private static boolean namesAnAppendix(List<prikaz.parser.model.Point> points) {
    for (prikaz.parser.model.Point point : points) {
      if (point.text() != null && point.text().toLowerCase(java.util.Locale.ROOT).contains("приложени")
          || namesAnAppendix(point.subpoints())) {
        return true;
      }
    }
    return false;
  }

  /** The doubtful warnings of an order by code, with their counts: {LOW_CONFIDENCE=3, PLAN_EMPTY=1}. */
  static Map<String, Integer> of(Order order) {
    Map<String, Integer> doubts = new TreeMap<>();
    for (Warning warning : order.warnings()) {
      if (CODES.contains(warning.code())) {
        doubts.merge(warning.code().name(), 1, Integer::sum);
      }
    }
    return doubts;
  }

  /** «LOW_CONFIDENCE ×3, PLAN_EMPTY». */
  static String describe(Map<String, Integer> doubts) {
    List<String> parts = new ArrayList<>();
    doubts.forEach((code, count) -> parts.add(count == 1 ? code : code + " ×" + count));
    return String.join(", ", parts);
  }
}
