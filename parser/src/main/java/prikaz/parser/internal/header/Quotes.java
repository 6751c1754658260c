package prikaz.parser.internal.header;

import java.util.ArrayList;
import java.util.List;

/**
 * Spans of «quoted» text. Russian typography writes one closing mark where nested quotes end
 * together («О семинаре «Тема»,), so a closing mark followed by punctuation ends the whole span.
 */
final class Quotes {

  /** A quoted span: {@code start} at the opening mark, {@code end} just after the closing one. */
  record Span(int start, int end, int unclosed) {
    /** The quoted text without the outer marks, inner quotes closed where the text merged them. */
    String inner(String text) {
      String body = text.substring(start + 1, end);
      if (body.endsWith("»") || body.endsWith("”") || body.endsWith("\"") || body.endsWith("“")) {
        body = body.substring(0, body.length() - 1);
      }
      return body.strip() + "»".repeat(unclosed);
    }
  }

  private Quotes() {}

  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (opens(text, i)) {
        int depth = 0;
        int j = i;
        int end = -1;
        int unclosed = 0;
        for (; j < text.length(); j++) {
          if (j > i && closes(text, j)) {
            depth--;
            char next = j + 1 < text.length() ? text.charAt(j + 1) : '\n';
            if (depth == 0 || ",;.)\n".indexOf(next) >= 0) {
              end = j + 1;
              unclosed = Math.max(depth, 0);
              break;
            }
          } else if (opens(text, j)) {
            depth++;
          }
        }
        if (end < 0) {
          // Never closed: the span runs to the end of the text.
          end = text.length();
          unclosed = 0;
          spans.add(new Span(i, end, 0));
          break;
        }
        if (text.substring(i + 1, end - 1).strip().matches("\\d{1,2}")) {
          i = end; // «от « 10 » марта 2015 г.»: the day of a date set in quotes, not a title
          continue;
        }
        spans.add(new Span(i, end, unclosed));
        i = end;
      } else {
        i++;
      }
    }
    return spans;
  }

  /**
   * An opening quote: «, „, and “ or " where a word begins (after a space, a bracket or the start,
   * before a letter or digit).
   */
  private static boolean opens(String text, int at) {
    char c = text.charAt(at);
    if (c == '«' || c == '„') {
      return true;
    }
    if (c != '“' && c != '"') {
      return false;
    }
    boolean before = at == 0 || " \t\n(«„\"“:-–—".indexOf(text.charAt(at - 1)) >= 0;
    boolean after = at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1));
    return before && after;
  }

  /** A closing quote: », ”, and “ or " right after a word (not before a letter). */
  private static boolean closes(String text, int at) {
    char c = text.charAt(at);
    if (c == '»' || c == '”') {
      return true;
    }
    if (c != '“' && c != '"') {
      return false;
    }
    boolean before = at > 0 && !Character.isWhitespace(text.charAt(at - 1));
    boolean after = at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1));
    return before && after;
  }

  /** The text with every quoted span blanked out (same length), for searching outside quotes. */
  static String mask(String text, List<Span> spans) {
    StringBuilder masked = new StringBuilder(text);
    for (Span span : spans) {
      for (int k = span.start(); k < span.end(); k++) {
        masked.setCharAt(k, ' ');
      }
    }
    return masked.toString();
  }
}
