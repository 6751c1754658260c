package prikaz.parser.internal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.internal.deadline.DeadlineParser;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Field;
import prikaz.parser.model.Item;
import prikaz.parser.model.Period;
import prikaz.parser.model.Warning;

/**
 * What a person should look at in a built item: a deadline outside the period the plan's title
 * states, a deadline in the activity's text that the deadline column contradicts, and fields OCR
 * was unsure of.
 */
final class PlanChecks {
  /** A deadline inside an activity's text: «(в срок до 10 августа 2015 года)», «(до 01.10.2023)». */
  private static final Pattern INNER_DEADLINE = Pattern.compile(
      "(?iu)\\((?:\\s*(?:в\\s+)?срок(?:и)?(?:\\s+исполнения)?\\s*[:\\-–]?)?\\s*(" + DeadlineParser.DUE_IN_TEXT + ")\\s*\\)");

  /**
   * Below this OCR confidence a field gets a {@code LOW_CONFIDENCE} warning. Tesseract's confidence
   * is a hint, not a measure: on the five sample scans 14 of 345 fields fell below 0.80, most of
   * them read right («постоянно» at 0.63–0.78), and a misread word inside a long cell barely moves
   * the cell's mean. The threshold errs toward asking a person to look.
   */
  static final double LOW_CONFIDENCE = 0.80;

  /** A problem found in an item. */
  record Finding(Warning.Code code, String message, Item item) {}

  private final DeadlineContext context;
  private final Period statedPeriod;
  private final List<Finding> findings = new ArrayList<>();

  /** The context's period is the one a title states; deadlines are compared with it. */
  PlanChecks(DeadlineContext context) {
    this.context = context;
    this.statedPeriod = context.period();
  }

  /** The findings of an item and of its sub-items. */
  List<Finding> of(Item item) {
    findings.clear();
    check(item);
    for (Item sub : item.subitems()) {
      check(sub);
    }
    return List.copyOf(findings);
  }

  private void check(Item item) {
    checkPeriod(item);
    checkInnerDeadline(item);
    checkConfidence(item);
  }

  private void warn(Warning.Code code, String message, Item item) {
    findings.add(new Finding(code, message, item));
  }

  /** Fields OCR was unsure of, for a person to check against the paper. */
  private void checkConfidence(Item item) {
    item.confidence().forEach((field, confidence) -> {
      if (confidence < LOW_CONFIDENCE) {
        String text = fieldText(item, field);
        warn(Warning.Code.LOW_CONFIDENCE,
            String.format(java.util.Locale.ROOT, "OCR is unsure of «%s» (confidence %.2f): check «%s» against the scan",
                field, confidence, text.length() > 80 ? text.substring(0, 80) + "…" : text),
            item);
      }
    });
  }

  private static String fieldText(Item item, String key) {
    Field field = Field.ofKey(key);
    String text = field == null ? item.extra().get(key) : Field.text(field.of(item), "; ");
    return text == null ? "" : text.replace('\n', ' ');
  }

  /**
   * An activity that names its own deadline («… (в срок до 10 августа 2015 года)») keeps it in its
   * text; when it falls outside the deadline column's dates the item is flagged, because one of
   * the two is wrong and only a person can tell which.
   */
  private void checkInnerDeadline(Item item) {
    Deadline column = item.deadline();
    if (column == null || column.end() == null) {
      return;
    }
    Matcher m = INNER_DEADLINE.matcher(item.activity());
    while (m.find()) {
      Deadline inner = DeadlineParser.parse(m.group(1).strip(), context);
      if (inner == null || inner.end() == null || inner.yearInferred() && column.yearInferred()) {
        continue;
      }
      LocalDate columnStart = column.start() == null ? null : column.start();
      boolean outside = inner.end().isAfter(column.end()) || columnStart != null && inner.end().isBefore(columnStart);
      if (outside) {
        warn(Warning.Code.INNER_DEADLINE_CONFLICT,
            "the activity says «" + m.group(1).strip() + "» (" + inner.end() + ") but the deadline column says «"
                + column.text().replace('\n', ' ') + "» (" + (column.start() == null ? "до " : column.start() + " – ")
                + column.end() + ")",
            item);
      }
    }
  }

  /** A dated deadline outside the period the plan's title states: usually a line left from last year. */
  private void checkPeriod(Item item) {
    Deadline d = item.deadline();
    if (statedPeriod == null || d == null || d.yearInferred() || d.end() == null) {
      return;
    }
    LocalDate start = d.start() == null ? d.end() : d.start();
    if (start.isBefore(statedPeriod.start()) || d.end().isAfter(statedPeriod.end())) {
      warn(Warning.Code.DEADLINE_OUTSIDE_PERIOD,
          "«" + d.text().replace('\n', ' ') + "» (" + (d.start() == null ? "до " : d.start() + " – ") + d.end()
              + ") is outside the plan period «" + statedPeriod.text() + "» (" + statedPeriod.start() + " – "
              + statedPeriod.end() + ")",
          item);
    }
  }
}
