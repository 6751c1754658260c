package prikaz.parser.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the shape of regular expression that backtracks catastrophically: a group holding an
 * unbounded quantifier ({@code +}, {@code *}, {@code {n,}}) that is itself repeated without bound,
 * as in {@code (a+)+} or {@code (\s*\w+)*}. Reads the pattern's own syntax: escapes, {@code \Q…\E},
 * character classes (nested too) and every kind of group.
 */
final class QuantifierNesting {
  private QuantifierNesting() {}

  /** Each offending group as it is written, e.g. {@code (?:\s*\w+)*}; empty when there is none. */
  static List<String> find(String regex) {
    List<String> found = new ArrayList<>();
    Deque<int[]> groups = new ArrayDeque<>(); // {start, holds an unbounded quantifier (0/1)}
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          i = end < 0 ? regex.length() : end + 2;
        } else if (i + 1 < regex.length() && "pPk".indexOf(regex.charAt(i + 1)) >= 0
            && i + 2 < regex.length() && "{<".indexOf(regex.charAt(i + 2)) >= 0) {
          i = regex.indexOf(regex.charAt(i + 2) == '{' ? '}' : '>', i) + 1;
        } else {
          i += 2;
        }
      } else if (c == '[') {
        i = classEnd(regex, i);
      } else if (c == '(') {
        groups.push(new int[] {i, 0});
        i++;
      } else if (c == ')') {
        int[] group = groups.isEmpty() ? new int[] {0, 0} : groups.pop();
        i++;
        int quantifierEnd = quantifierEnd(regex, i);
        boolean unbounded = quantifierEnd > i && unbounded(regex.substring(i, quantifierEnd));
        if (unbounded && group[1] == 1) {
          found.add(regex.substring(group[0], quantifierEnd));
        }
        boolean holds = group[1] == 1 || unbounded;
        if (holds && !groups.isEmpty()) {
          groups.peek()[1] = 1;
        }
        i = Math.max(i, quantifierEnd);
      } else {
        int quantifierEnd = quantifierEnd(regex, i);
        if (quantifierEnd > i && unbounded(regex.substring(i, quantifierEnd)) && !groups.isEmpty()) {
          groups.peek()[1] = 1;
        }
        i = quantifierEnd > i ? quantifierEnd : i + 1;
      }
    }
    return found;
  }

  /** Where the quantifier starting at {@code at} ends (with its lazy or possessive mark), or {@code at}. */
  private static int quantifierEnd(String regex, int at) {
    if (at >= regex.length()) {
      return at;
    }
    char c = regex.charAt(at);
    int end;
    if (c == '*' || c == '+' || c == '?') {
      end = at + 1;
    } else if (c == '{' && regex.indexOf('}', at) > at && regex.substring(at + 1, regex.indexOf('}', at)).matches("\\d+(,\\d*)?")) {
      end = regex.indexOf('}', at) + 1;
    } else {
      return at;
    }
    if (end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+')) {
      end++;
    }
    return end;
  }

  /** Whether a quantifier repeats without bound; a possessive one never backtracks, so it does not count. */
  private static boolean unbounded(String quantifier) {
    if (quantifier.length() > 1 && quantifier.endsWith("+") && !quantifier.equals("+")) {
      return false;
    }
    return quantifier.startsWith("*") || quantifier.startsWith("+") || quantifier.matches("\\{\\d+,\\}[?+]?");
  }

  /** The index after the character class opening at {@code at}. */
  private static int classEnd(String regex, int at) {
    int depth = 0;
    int i = at;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']' ) {
          i++;
        } else if (i + 2 < regex.length() && regex.charAt(i + 1) == '^' && regex.charAt(i + 2) == ']') {
          i += 2;
        }
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return regex.length();
  }
}
