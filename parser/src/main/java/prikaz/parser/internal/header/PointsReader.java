package prikaz.parser.internal.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.internal.deadline.DeadlineParser;
import prikaz.parser.internal.grammar.ItemNumbers;
import prikaz.parser.internal.Chars;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Point;

/**
 * The operative points of an act as a tree: «1.», «1.1.», «2)» and unnumbered paragraphs; list
 * lines («- …») and wrapped lines stay in their point; a due date in a point's text is read.
 */
final class PointsReader {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern POINT_DEADLINE = Pattern.compile(
      "(?:(?:в\\s+)?срок(?:и)?(?:\\s+исполнения)?\\s*[:\\-–]?\\s*|(?<=\\()\\s*)"
          + "(" + DeadlineParser.DUE_IN_TEXT + ")", FLAGS);

  private PointsReader() {}

  /**
   * Whether the points begin at line {@code k}: «1.» that starts a paragraph, or that follows a
   * line ending a sentence or a lead-in; never a date or number line («1.09.2022 № 5»). The one
   * rule the roles (where the heading ends) and the header (where the preamble ends) share.
   */
  static boolean startAt(List<OpeningLine> lines, int k) {
    String text = lines.get(k).text();
    if (ItemNumbers.numbered(text) == null || !ItemNumbers.startsWithOne(text) || HeadingRules.isMetaLine(text)) {
      return false;
    }
    if (lines.get(k).startsParagraph()) {
      return true;
    }
    String previous = k > 0 ? lines.get(k - 1).text() : "";
    return !previous.isEmpty() && ".:;".indexOf(previous.charAt(previous.length() - 1)) >= 0;
  }

  static List<Point> read(List<OpeningLine> lines, DeadlineContext context) {
    List<Draft> roots = new ArrayList<>();
    List<Draft> all = new ArrayList<>();
    Draft current = null;
    for (OpeningLine line : lines) {
      String text = line.text();
      Matcher m = ItemNumbers.numbered(text);
      if (m != null && (current == null || line.startsParagraph() || ItemNumbers.isNext(current.number, m.group(1)))) {
        Draft draft = new Draft(m.group(1), m.group(2));
        Draft parent = parentOf(all, draft.number);
        if (parent != null) {
          parent.children.add(draft);
        } else {
          roots.add(draft);
        }
        all.add(draft);
        current = draft;
      } else if (current == null) {
        current = new Draft(null, text); // an unnumbered point («Утвердить …» in a short распоряжение)
        roots.add(current);
        all.add(current);
      } else {
        boolean listLine = text.startsWith("-") || text.startsWith("–") || text.startsWith("—") || text.startsWith("•");
        boolean wrapped = !listLine && !line.startsParagraph() && Chars.startsLowercase(text);
        current.text.append(wrapped ? " " : "\n").append(text);
      }
    }
    List<Point> points = new ArrayList<>();
    for (Draft root : roots) {
      points.add(root.build(context));
    }
    return points;
  }

  private static Draft parentOf(List<Draft> all, String number) {
    if (number == null) {
      return null;
    }
    for (int k = all.size() - 1; k >= 0; k--) {
      Draft candidate = all.get(k);
      if (candidate.number != null && number.startsWith(candidate.number + ".")) {
        return candidate;
      }
    }
    return null;
  }

  private static final class Draft {
    final String number;
    final StringBuilder text;
    final List<Draft> children = new ArrayList<>();

    Draft(String number, String text) {
      this.number = number;
      this.text = new StringBuilder(text);
    }

    Point build(DeadlineContext context) {
      List<Point> subpoints = new ArrayList<>();
      for (Draft child : children) {
        subpoints.add(child.build(context));
      }
      String body = text.toString().strip();
      Matcher deadline = POINT_DEADLINE.matcher(body);
      Deadline due = deadline.find() ? DeadlineParser.parse(deadline.group(1).strip(), context) : null;
      return new Point(number, body, due, subpoints);
    }
  }
}
