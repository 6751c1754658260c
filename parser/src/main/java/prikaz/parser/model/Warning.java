package prikaz.parser.model;

import java.util.Objects;

/**
 * A recoverable problem or a repair the parser made, for a person to check: a stable {@link Code},
 * a human message and the {@link Location} in the document it concerns (null: the whole document).
 * In the JSON model the code is its name and the location its text, «plan 1, section II, item 2».
 *
 * @param code what kind of doubt
 * @param message the doubt in words
 * @param where where in the order, or null
 */
public record Warning(Code code, String message, Location where) {
  /**
   * Checks that the code and the message are present.
   *
   * @param code what kind of doubt
   * @param message the doubt in words
   * @param where where in the order, or null
   */
  public Warning {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  /** What kind of problem: the stable names scripts filter on. */
  public enum Code {
    /** A table without a recognisable header row was kept as text. */
    TABLE_NOT_A_PLAN,
    /** A row cut by a page break, or a row continuing the text above, was joined to it. */
    ROW_CONTINUED,
    /** A numbered list inside a cell went on over rows. */
    LIST_CONTINUED,
    /** A plan row without a number was kept as an item of its own. */
    ITEM_UNNUMBERED,
    /** OCR is unsure of an item's field. */
    LOW_CONFIDENCE,
    /** OCR is unsure of the act's heading. */
    LOW_CONFIDENCE_HEADER,
    /** An activity names a deadline that the deadline column contradicts. */
    INNER_DEADLINE_CONFLICT,
    /** A deadline outside the plan's period. */
    DEADLINE_OUTSIDE_PERIOD,
    /** A date that is not in the calendar. */
    DEADLINE_IMPOSSIBLE_DATE,
    /** A plan title whose period is mistyped («на 20222 год»): kept as written, no period taken from it. */
    PERIOD_MISTYPED,
    /** A PDF text layer that does not decode to letters. */
    TEXT_LAYER_BROKEN,
    /** No act heading: the document is read as a plan alone. */
    NO_HEADER,
    /** The heading lacks some of its fields. */
    HEADER_INCOMPLETE,
    /** A plan table, or the appendix a scan names, gave no rows. */
    PLAN_EMPTY,
    /** Text after the order that fits no field. */
    TEXT_UNASSIGNED,
    /** The file ends before its format's end mark: what came after the cut is missing. */
    TRUNCATED,
    /** A plan column whose header OCR could not read: its cells are kept under the header as read. */
    COLUMN_UNREADABLE
  }
}
