package prikaz.parser.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline markup that text exports of office documents leave behind: Markdown emphasis
 * ({@code **bold**}) and HTML fragments inside table cells ({@code <ul><li>…</li></ul>}). Turns it
 * into plain text, one list entry a line.
 */
final class InlineMarkup {
  private static final Pattern STRONG = Pattern.compile("\\*{2,}");
  // A single-star pair around words is emphasis; a lone star (a footnote mark) is kept.
  private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\p{L}\\d])\\*(\\S(?:[^*]*\\S)?)\\*(?![*\\p{L}\\d])");
  private static final Pattern HTML_TAG =
      Pattern.compile("(?iU)</?(ul|ol|li|br|p|div|span|b|i|u|strong|em|table|tr|td|th|sup|sub)\\b[^>]*>");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern LIST_MARK = Pattern.compile("^(?:[-–—•·*]|\\d+[.)])\\s*.*");

  private InlineMarkup() {}

  /** Plain text of one cell or line; lines of a list become separate lines. */
  static String toPlain(String raw) {
    String text = raw.indexOf('<') >= 0 && HTML_TAG.matcher(raw).find() ? htmlToLines(raw) : raw;
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String plain = line.indexOf('*') < 0 ? line : EMPHASIS.matcher(STRONG.matcher(line).replaceAll("")).replaceAll("$1");
      String clean = collapse(plain);
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return String.join("\n", lines);
  }

  static String collapse(String text) {
    return isCollapsed(text) ? text : SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** Most lines need no change: no space at either end, no run of spaces, no other kind of space. */
  private static boolean isCollapsed(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    if (isSpace(text.charAt(0)) || isSpace(text.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || text.charAt(i + 1) == ' ' || isSpace(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private static String htmlToLines(String html) {
    StringBuilder out = new StringBuilder();
    appendNode(Jsoup.parseBodyFragment(html).body(), out, new int[] {0}, false, 0);
    return out.toString();
  }

  private static void appendNode(Node node, StringBuilder out, int[] olCounter, boolean ordered, int depth) {
    if (depth > Limits.MAX_MARKUP_DEPTH) {
      throw new Limits.Exceeded(Limits.markupDepth());
    }
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode textNode) {
        out.append(textNode.text());
      } else if (child instanceof Element element) {
        switch (element.normalName()) {
          case "br" -> out.append('\n');
          case "ul" -> {
            out.append('\n');
            appendNode(element, out, new int[] {0}, false, depth + 1);
            out.append('\n');
          }
          case "ol" -> {
            out.append('\n');
            appendNode(element, out, new int[] {0}, true, depth + 1);
            out.append('\n');
          }
          case "li" -> {
            olCounter[0]++;
            StringBuilder item = new StringBuilder();
            appendNode(element, item, new int[] {0}, false, depth + 1);
            String entry = collapse(item.toString());
            if (!entry.isEmpty() && !LIST_MARK.matcher(entry).matches()) {
              // Keep the list marker the document shows, so the cell still reads as a list.
              entry = (ordered ? olCounter[0] + ". " : "- ") + entry;
            }
            out.append('\n').append(entry).append('\n');
          }
          case "p", "div", "tr" -> {
            out.append('\n');
            appendNode(element, out, olCounter, ordered, depth + 1);
            out.append('\n');
          }
          case "td", "th" -> {
            appendNode(element, out, olCounter, ordered, depth + 1);
            out.append(' ');
          }
          default -> appendNode(element, out, olCounter, ordered, depth + 1);
        }
      }
    }
  }
}
