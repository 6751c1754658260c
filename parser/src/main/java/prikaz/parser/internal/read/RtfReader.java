package prikaz.parser.internal.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import prikaz.parser.DocumentException;

/**
 * RTF read directly, because Tika's RTF parser flattens tables into paragraphs. A small tokenizer
 * for what a layout needs: text (code pages from {@code \ansicpg} and each font's
 * {@code \fcharset}, Unicode escapes), paragraphs and line breaks, Word's list numbers
 * ({@code \listtext}), and tables: rows, cells and merges, put on a grid by
 * {@link RtfTable}. Destinations that are not text (font and colour tables, styles, pictures, headers and footers, field instructions,
 * {@code \*} groups) are skipped.
 */
final class RtfReader implements LayoutReader {
  private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict",
      "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst",
      "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata",
      "colorschememapping", "latentstyles", "datastore", "object", "shp", "shpinst", "nonshppict",
      "footnote", "annotation", "atnid", "atnauthor", "bkmkstart", "bkmkend", "mmathPr", "template",
      "filetbl", "pgdsctbl", "private", "userprops", "docvar", "objdata", "sp", "sn", "sv");
  @Override
  public Result read(byte[] content) throws DocumentException {
    String head = new String(content, 0, Math.min(content.length, 5), StandardCharsets.ISO_8859_1);
    if (!head.startsWith("{\\rtf")) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "not an RTF file (no {\\rtf header)");
    }
    try {
      return new Result(new Parser(content).parse(), null);
    } catch (TooDeep e) {
      throw Limits.rtfGroupDepth();
    } catch (RuntimeException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, Readers.describe(e), e);
    }
  }

  /** Thrown when groups are nested deeper than {@link Limits#MAX_RTF_GROUP_DEPTH}. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(null, null, false, false);
    }
  }

  /** Group state that RTF saves at «{» and restores at «}». */
  private static final class State implements Cloneable {
    boolean skip;
    int unicodeSkip = 1;
    int font = -1;
    boolean inTable;

    @Override
    protected State clone() {
      try {
        return (State) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static final class Parser {
    private final byte[] in;
    private int pos;
    private final Deque<State> stack = new ArrayDeque<>();
    private State state = new State();
    private final Map<Integer, Charset> fontCharsets = new HashMap<>();
    private Charset codePage = Charset.forName("windows-1252");

    private final LayoutBuilder layout = new LayoutBuilder();
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final RtfTable table = new RtfTable();
    // Font table parsing: the font being defined and its charset.
    private int definingFont = -1;
    private int fontTableDepth = -1;

    Parser(byte[] in) {
      this.in = in;
    }

    Layout parse() {
      while (pos < in.length) {
        byte b = in[pos];
        if (b == '{') {
          pos++;
          if (stack.size() >= Limits.MAX_RTF_GROUP_DEPTH) {
            throw new TooDeep();
          }
          stack.push(state);
          state = state.clone();
        } else if (b == '}') {
          pos++;
          if (fontTableDepth >= 0 && stack.size() <= fontTableDepth) {
            fontTableDepth = -1;
          }
          state = stack.isEmpty() ? new State() : stack.pop();
        } else if (b == '\\') {
          control();
        } else if (b == '\r' || b == '\n') {
          pos++;
        } else {
          pos++;
          if (!state.skip) {
            if (b >= 0) {
              text.append((char) b);
            } else {
              text.append(decode(new byte[] {b}));
            }
          }
        }
      }
      endParagraph();
      endTable();
      return layout.build();
    }

    private void control() {
      pos++; // the backslash
      if (pos >= in.length) {
        return;
      }
      byte c = in[pos];
      if (!isLetter(c)) {
        pos++;
        switch (c) {
          case '\'' -> hexBytes();
          case '*' -> state.skip = true;
          case '~' -> append("\u00A0");
          case '_' -> append("-");
          case '-' -> { } // optional hyphen
          case '\\', '{', '}' -> append(String.valueOf((char) c));
          case '\r', '\n' -> paragraph();
          default -> { }
        }
        return;
      }
      int start = pos;
      while (pos < in.length && isLetter(in[pos])) {
        pos++;
      }
      String word = new String(in, start, pos - start, StandardCharsets.US_ASCII);
      Integer param = null;
      int numberStart = pos;
      if (pos < in.length && (in[pos] == '-' || Character.isDigit(in[pos]))) {
        pos++;
        while (pos < in.length && Character.isDigit(in[pos])) {
          pos++;
        }
        try {
          param = Integer.parseInt(new String(in, numberStart, pos - numberStart, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
          param = 0;
        }
      }
      if (pos < in.length && in[pos] == ' ') {
        pos++;
      }
      word(word, param);
    }

    private void word(String word, Integer param) {
      if (SKIPPED.contains(word)) {
        if (word.equals("fonttbl")) {
          fontTableDepth = stack.size();
        } else {
          state.skip = true;
        }
        return;
      }
      if (fontTableDepth >= 0) {
        if (word.equals("f") && param != null) {
          definingFont = param;
        } else if (word.equals("fcharset") && param != null && definingFont >= 0) {
          Charset charset = charsetOf(param);
          if (charset != null) {
            fontCharsets.put(definingFont, charset);
          }
        }
        state.skip = true;
        return;
      }
      switch (word) {
        case "ansicpg" -> {
          Charset charset = codePage(param);
          if (charset != null) {
            codePage = charset;
          }
        }
        case "f" -> state.font = param == null ? -1 : param;
        case "uc" -> state.unicodeSkip = param == null ? 1 : Math.max(0, param);
        case "u" -> {
          if (param != null) {
            append(String.valueOf((char) (param < 0 ? param + 65536 : param)));
            skipFallback(state.unicodeSkip);
          }
        }
        case "par" -> paragraph();
        case "line" -> append("\n");
        case "tab" -> append(" ");
        case "emdash" -> append("—");
        case "endash" -> append("–");
        case "lquote" -> append("‘");
        case "rquote" -> append("’");
        case "ldblquote" -> append("“");
        case "rdblquote" -> append("”");
        case "bullet" -> append("•");
        case "emspace", "enspace", "qmspace" -> append(" ");
        case "pard" -> state.inTable = false;
        case "intbl" -> state.inTable = true;
        case "trowd" -> table.defineRow();
        case "clmrg" -> table.mergeLeft();
        case "clvmrg" -> table.mergeUp();
        case "clvmgf" -> table.startMerge();
        case "cellx" -> table.cellEdge(param == null ? 0 : param);
        case "cell" -> {
          lines.add(text.toString());
          table.endCell(String.join("\n", lines));
          lines.clear();
          text.setLength(0);
        }
        // A table inside a cell: its cells run on as words, its rows as lines of the outer cell.
        case "nestcell" -> append(" ");
        case "nestrow" -> append("\n");
        case "row" -> table.endRow();
        default -> { }
      }
    }

    private void append(String s) {
      if (!state.skip) {
        text.append(s);
      }
    }

    /** End of a paragraph: a line of the cell inside a table, else a paragraph of the page. */
    private void paragraph() {
      if (state.skip) {
        return;
      }
      if (state.inTable) {
        lines.add(text.toString());
        text.setLength(0);
        return;
      }
      endTable();
      endParagraph();
    }

    private void endParagraph() {
      lines.add(text.toString());
      text.setLength(0);
      layout.paragraph(lines);
      lines.clear();
    }

    private void endTable() {
      if (!table.isEmpty()) {
        layout.table(table.takeRows());
      }
    }

    private void hexBytes() {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      pos--;
      while (pos + 3 < in.length + 1 && in[pos] == '\'' && pos + 2 < in.length) {
        int value = Character.digit(in[pos + 1], 16) * 16 + Character.digit(in[pos + 2], 16);
        if (value >= 0) {
          bytes.write(value);
        }
        pos += 3;
        if (pos + 1 < in.length && in[pos] == '\\' && in[pos + 1] == '\'') {
          pos++;
        } else {
          break;
        }
      }
      if (!state.skip) {
        text.append(decode(bytes.toByteArray()));
      }
    }

    /** After a Unicode escape: the N characters (or \\'hh bytes) shown by readers without Unicode. */
    private void skipFallback(int count) {
      for (int i = 0; i < count && pos < in.length; i++) {
        if (in[pos] == '\\' && pos + 1 < in.length && in[pos + 1] == '\'') {
          pos += 4;
        } else if (in[pos] == '{' || in[pos] == '}' || in[pos] == '\\') {
          return;
        } else {
          pos++;
        }
      }
    }

    private String decode(byte[] bytes) {
      Charset charset = fontCharsets.getOrDefault(state.font, codePage);
      return new String(bytes, charset);
    }

    private static boolean isLetter(byte b) {
      return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private static Charset charsetOf(int fcharset) {
      return switch (fcharset) {
        case 204 -> Charset.forName("windows-1251");
        case 238 -> Charset.forName("windows-1250");
        case 161 -> Charset.forName("windows-1253");
        case 162 -> Charset.forName("windows-1254");
        case 186 -> Charset.forName("windows-1257");
        default -> null;
      };
    }

    private static Charset codePage(Integer number) {
      if (number == null) {
        return null;
      }
      try {
        return Charset.forName(number == 10007 ? "x-MacCyrillic" : "windows-" + number);
      } catch (RuntimeException e) {
        return number == 866 ? Charset.forName("IBM866") : null;
      }
    }
  }
}
