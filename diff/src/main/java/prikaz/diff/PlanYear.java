package prikaz.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import prikaz.diff.OrderDiff.Row;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Plan;

/** Where a plan's year lies: dates are compared by their place in it, not by the calendar. */
final class PlanYear {
  private PlanYear() {}

  /** The months between the two orders' years, or 0 when a date is missing. */
  static int shift(LocalDate before, LocalDate after) {
    return before == null || after == null ? 0 : 12 * (after.getYear() - before.getYear());
  }

  /**
   * How many months the newer plan's year lies after the older one's: from the plans' periods
   * when both state one; else the median move of the paired rows' dates, to whole years; else
   * from the orders' dates.
   */
  static int planShift(Plan left, Plan right, List<Row> a, List<Row> b, int[] match, int yearShift) {
    if (left.period() != null && right.period() != null && left.period().start() != null
        && right.period().start() != null) {
      return months(right.period().start()) - months(left.period().start());
    }
    List<Integer> moves = new ArrayList<>();
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        LocalDate x = anchor(a.get(i).deadline());
        LocalDate y = anchor(b.get(match[i]).deadline());
        if (x != null && y != null) {
          moves.add(months(y) - months(x));
        }
      }
    }
    if (moves.isEmpty()) {
      return yearShift;
    }
    moves.sort(null);
    int median = moves.get(moves.size() / 2);
    return 12 * Math.round(median / 12f);
  }

  /** The date a deadline is placed by: its start, else its end; null when it has neither. */
  static LocalDate anchor(Deadline deadline) {
    if (deadline == null) {
      return null;
    }
    return deadline.start() != null ? deadline.start() : deadline.end();
  }

  /** Months since year 0, to subtract. */
  static int months(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }
}
