package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.header.ReferenceExtractor;
import prikaz.parser.internal.Chars;
import prikaz.parser.model.Appendix;
import prikaz.parser.model.Reference;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * The text above a plan table: its title, the appendix block or approval stamp («Приложение 2 к
 * приказу … от … № …», «УТВЕРЖДЕН приказом …») and any other notes.
 */
final class AppendixHeading {
  private static final Pattern APPENDIX = Pattern.compile("(?iu)^приложени[ея]\\s*(?:(?:№|N(?=\\s*\\d))\\s*)?(\\d+)?");
  /** A stamp naming the act that approved the plan: «УТВЕРЖДЕН(А, О, Ы) приказом …». */
  private static final Pattern APPROVED = Pattern.compile("(?iu)^утвержд[её]н[аоы]?(?![\\p{L}])");
  /** Lines that go on an appendix block: «к приказу …», «от 13.11.2015 N 5976», «№ 12». */
  private static final Pattern APPENDIX_GOES_ON = Pattern.compile("(?iu)^(?:\\p{Ll}|от\\s|№|N\\s*\\d|к\\s|\\d{1,2}[.\\s])");
  private static final Pattern HAS_ACT_NUMBER = Pattern.compile("(?iu)(?:№|(?<![\\p{L}])N\\s*)\\s*\\d");
  private static final Pattern PLAN_TITLE_START = Pattern.compile("(?iu)^(?:план|дорожн|перечень|мероприяти|комплекс|программ|график|состав|порядок|положение)");

  String title;
  String appendix;
  Appendix appendixOf;
  final List<String> notes = new ArrayList<>();

  /** The heading read from the paragraphs before a table, nearest last. */
  static AppendixHeading of(List<String> before) {
    AppendixHeading heading = new AppendixHeading();
    heading.take(before);
    return heading;
  }

  private void take(List<String> before) {
    List<TitleLines.Line> lines = appendixBlocksJoined(TitleLines.of(before));
    int t = lines.size() - 1;
    while (t >= 0 && isAppendixBlock(lines.get(t).text())) {
      readAppendix(lines.get(t).text());
      t--;
    }
    TitleLines.Span span = TitleLines.find(lines, t);
    List<String> under = List.of();
    if (span != null) {
      title = String.join(" ", lines.subList(span.from(), span.to() + 1).stream().map(TitleLines.Line::text).toList()).strip();
      // Remarks, dates and captions between the title and the table.
      under = TitleLines.paragraphs(lines, span.to() + 1, t);
      t = span.from() - 1;
      // An appendix heading above the title («Приложение 1 к приказу …»).
      while (t >= 0 && isAppendixBlock(lines.get(t).text())) {
        readAppendix(lines.get(t).text());
        lines.remove(t);
        t--;
      }
    }
    notes.addAll(TitleLines.paragraphs(lines, 0, t));
    notes.addAll(under);
  }

  /**
   * The block closest to the plan wins; a stamp above an appendix line («Приложение 1» then
   * «УТВЕРЖДЕН приказом …») adds the act the appendix line lacks.
   */
  private void readAppendix(String written) {
    String text = written.replaceAll("\\s+", " ").strip();
    Matcher m = APPENDIX.matcher(text);
    boolean numbered = m.find();
    String number = numbered ? m.group(1) : null;
    if (numbered && appendix == null) {
      appendix = number != null ? "приложение " + number : "приложение";
    }
    Reference act = ReferenceExtractor.act(afterLabel(text));
    if (appendixOf == null) {
      appendixOf = new Appendix(number, act, text);
    } else if (appendixOf.act() == null && act != null) {
      appendixOf = new Appendix(appendixOf.number() != null ? appendixOf.number() : number, act,
          text + " " + appendixOf.text());
    } else if (appendixOf.number() == null && number != null) {
      appendixOf = new Appendix(number, appendixOf.act(), text + " " + appendixOf.text());
    }
  }

  /** The text after «Приложение N 2» or «УТВЕРЖДЕН»: where the act is named. */
  private static String afterLabel(String text) {
    Matcher label = APPENDIX.matcher(text);
    if (label.find()) {
      return text.substring(label.end());
    }
    Matcher approved = APPROVED.matcher(text);
    return approved.find() ? text.substring(approved.end()) : text;
  }

  /** A borderless table that only places an appendix block or an approval stamp on the page. */
  static boolean isLayoutTableOfAStamp(List<GridRow> rows) {
    List<String> filled = rows.stream().flatMap(r -> r.cells().stream()).filter(c -> !c.isBlank()).toList();
    return !filled.isEmpty() && filled.size() <= 2 && filled.stream().anyMatch(AppendixHeading::isAppendixBlock);
  }

  static boolean isAppendixBlock(String text) {
    return APPENDIX.matcher(text).find() || APPROVED.matcher(text).find();
  }

  /**
   * Lines with an appendix block's lines joined into one: documents set «Приложение N 2», «к
   * приказу министерства», «образования и науки», «от 13 ноября 2015 г. N 5976» as paragraphs of
   * their own. A block goes on while its lines continue it and it has not yet given the act's
   * number; a plan title («ПЛАН …», «Дорожная карта …») ends it.
   */
  static List<TitleLines.Line> appendixBlocksJoined(List<TitleLines.Line> lines) {
    List<TitleLines.Line> out = new ArrayList<>();
    int p = 0;
    while (p < lines.size()) {
      TitleLines.Line line = lines.get(p++);
      if (isAppendixBlock(line.text())) {
        StringBuilder block = new StringBuilder(line.text());
        // Inside its paragraph a block goes on up to a plan title; across paragraphs, while its lines continue it.
        while (p < lines.size() && (lines.get(p).opensParagraph() ? goesOn(block.toString(), lines.get(p).text())
            : !TitleLines.startsWithPlanWord(lines.get(p).text()))) {
          block.append(' ').append(lines.get(p++).text());
        }
        line = new TitleLines.Line(block.toString(), true);
        if (p < lines.size()) {
          // The line after a block starts a text of its own even inside the block's paragraph.
          lines.set(p, new TitleLines.Line(lines.get(p).text(), true));
        }
      }
      out.add(line);
    }
    return out;
  }

  private static boolean goesOn(String block, String next) {
    if (next.isEmpty() || HAS_ACT_NUMBER.matcher(afterLabel(block)).find() || isAppendixBlock(next)
        || PLAN_TITLE_START.matcher(next).find() || next.length() > 150) {
      return false;
    }
    if (APPENDIX_GOES_ON.matcher(next).find()) {
      return true;
    }
    // «Хабаровского края» under «к приказу министерства образования и науки»: the act is named but
    // its date and number are still to come; a title in capitals is not part of it.
    boolean namesAct = ReferenceExtractor.act(block) != null;
    boolean capitals = next.equals(next.toUpperCase(java.util.Locale.ROOT)) && next.chars().anyMatch(Character::isLetter);
    return namesAct && !capitals && next.length() <= 80;
  }
}
