package prikaz.parser.internal.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.Chars;
import prikaz.parser.model.Field;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * What a plan row is, told by an ordered list of small rules; the first that knows the row says
 * what it is and {@link PlanBuilder} does the rest. Each rule looks at the row and at what the plan
 * holds so far ({@link Built}), never at the builder itself.
 */
final class RowRules {
  /** What a row is. */
  enum Kind {
    /** The rest of a section title cut by a page break. */
    SECTION_CONTINUED,
    /** The rest of an item cut by a page break. */
    PAGE_CONTINUATION,
    /** The next line of a numbered list inside the item's activity («2.» after «1. …»). */
    LIST_CONTINUATION,
    /** Text that goes on from the item above (starts lower-case, or the text above is unfinished). */
    TEXT_CONTINUATION,
    /** A section title. */
    SECTION,
    /** An unnumbered row under a numbered item: its sub-item. */
    SUB_ITEM,
    /** A new item. */
    ITEM
  }

  /** What the plan holds so far, as the rules need it. */
  interface Built {
    /** The last top-level item, or null. */
    ItemDraft current();

    /** Whether the row just before opened a section. */
    boolean sectionOpened();

    /** Whether the table has a number column. */
    boolean numbered();

    /** The last item or sub-item, or null. */
    default ItemDraft last() {
      return current() == null ? null : current().lastDescendant();
    }
  }

  /** One rule: the kind of the row, or null when the rule does not know it. */
  interface Rule {
    Kind classify(PlanRow row, Built built);
  }

  /** A text-only row right after a page break that cut a section title. */
  static final class SectionCutByPage implements Rule {
    @Override
    public Kind classify(PlanRow row, Built built) {
      return row.number() == null && built.sectionOpened() && row.afterBreak() && row.textOnly()
          && !row.activity().isEmpty() ? Kind.SECTION_CONTINUED : null;
    }
  }

  /** An unnumbered row right after a page break in a numbered table: the item above goes on. */
  static final class PageContinuation implements Rule {
    @Override
    public Kind classify(PlanRow row, Built built) {
      return row.number() == null && built.last() != null && row.afterBreak() && built.numbered()
          ? Kind.PAGE_CONTINUATION : null;
    }
  }

  /** «2. …» alone in a row, after an activity whose list ends at «1. …». */
  static final class ListContinuation implements Rule {
    @Override
    public Kind classify(PlanRow row, Built built) {
      return row.textOnly() && built.last() != null && row.number() != null
          && continuesList(built.last().text(Field.ACTIVITY), row.number()) ? Kind.LIST_CONTINUATION : null;
    }

    /** «2.» right after a cell that ends a list at «1. …» continues that list. */
    static boolean continuesList(String text, String number) {
      if (!number.matches("\\d{1,2}") || Integer.parseInt(number) < 2) {
        return false;
      }
      int previous = Integer.parseInt(number) - 1;
      return Pattern.compile("(?:^|\\s)" + previous + "[.)]\\s").matcher(text).find()
          && !Pattern.compile("(?:^|\\s)" + number + "[.)]\\s").matcher(text).find();
    }
  }

  /** Unnumbered text that starts lower-case or finishes an unfinished activity above. */
  static final class TextContinuation implements Rule {
    private static final Pattern UNFINISHED_END = Pattern.compile(
        "(?iu)(?:[,\\-–(]|(?<![\\p{L}])(?:и|в|во|на|с|со|по|для|к|о|об|от|до|из|у|при|за|а|или|что|не|как))$");

    @Override
    public Kind classify(PlanRow row, Built built) {
      return row.textOnly() && row.number() == null && built.last() != null
          && (Chars.startsLowercase(row.activity()) || looksUnfinished(built.last().text(Field.ACTIVITY)))
          ? Kind.TEXT_CONTINUATION : null;
    }

    static boolean looksUnfinished(String text) {
      String t = text.strip();
      if (t.isEmpty()) {
        return false;
      }
      return Chars.count(t, '«') > Chars.count(t, '»') || Chars.count(t, '(') > Chars.count(t, ')')
          || UNFINISHED_END.matcher(t).find();
    }
  }

  /**
   * Text alone in a row: a section when unnumbered, spanning the table, Roman-numbered, or numbered
   * so that the next items' numbers lie inside it («2» over «2.1»).
   */
  static final class SectionRow implements Rule {
    @Override
    public Kind classify(PlanRow row, Built built) {
      return row.textOnly() && !row.activity().isEmpty()
          && (row.number() == null || row.spanning() || isSectionNumber(row.number(), row.rows(), row.index()))
          ? Kind.SECTION : null;
    }

    static boolean isSectionNumber(String number, List<GridRow> rows, int r) {
      if (ItemNumber.ROMAN.matcher(number).matches()) {
        return true;
      }
      for (int k = r + 1; k < rows.size(); k++) {
        String next = ItemNumber.first(rows.get(k));
        if (next != null) {
          if (next.equals(number)) {
            return false;
          }
          if (next.startsWith(number + ".")) {
            return true;
          }
          if (!next.contains(".") || next.split("\\.").length <= number.split("\\.").length) {
            return false;
          }
        }
      }
      return false;
    }
  }

  /**
   * An unnumbered row in a numbered table under an item without a deadline of its own (the item
   * is a heading for its dated rows), or under an item that already has sub-items.
   */
  static final class SubItem implements Rule {
    @Override
    public Kind classify(PlanRow row, Built built) {
      ItemDraft current = built.current();
      return row.number() == null && built.numbered() && current != null
          && (!row.cell(Field.DEADLINE).isEmpty() && current.text(Field.DEADLINE).isEmpty()
              || !current.subitems.isEmpty()) ? Kind.SUB_ITEM : null;
    }
  }

  /** The rules in the order they are asked; a row no rule knows is a new item. */
  static final List<Rule> ORDER = List.of(new SectionCutByPage(), new PageContinuation(), new ListContinuation(),
      new TextContinuation(), new SectionRow(), new SubItem());

  private RowRules() {}

  static Kind classify(PlanRow row, Built built) {
    for (Rule rule : ORDER) {
      Kind kind = rule.classify(row, built);
      if (kind != null) {
        return kind;
      }
    }
    return Kind.ITEM;
  }

  /** Item numbers as a number cell holds them: «1», «1.2.», «IV», or «1.» before the text. */
  static final class ItemNumber {
    static final Pattern PLAIN = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*+|[IVXLC]{1,6})[.)]?$");
    static final Pattern WITH_TEXT =
        Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*+\\.?|[IVXLC]{1,6}\\.)\\s+(\\S.*)$", Pattern.DOTALL);
    static final Pattern ROMAN = Pattern.compile("^[IVXLC]+$");

    private ItemNumber() {}

    /** The number the row starts with, in its first filled cell, or null. */
    static String first(GridRow row) {
      for (String cell : row.cells()) {
        String text = cell.strip();
        if (text.isEmpty()) {
          continue;
        }
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches()) {
          return plain.group(1);
        }
        Matcher withText = WITH_TEXT.matcher(text);
        return withText.matches() ? withText.group(1).replaceAll("\\.$", "") : null;
      }
      return null;
    }
  }
}
