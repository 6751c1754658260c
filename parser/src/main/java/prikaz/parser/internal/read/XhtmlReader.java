package prikaz.parser.internal.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import prikaz.parser.DocumentException;

/**
 * DOC, RTF, ODT and HTML through a Tika parser's XHTML events: {@code <p>} and headings become
 * paragraphs ({@code <br>} a new line), {@code <table>} a table with the {@code colspan} and
 * {@code rowspan} the format gives. Page headers and footers, embedded files and comments are left
 * out; a table inside a cell becomes lines of that cell.
 */
final class XhtmlReader implements LayoutReader {
  /** Tika's own limit on extracted characters stays on, against decompression bombs. */
  private static final int WRITE_LIMIT = 50_000_000;
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "pre", "blockquote", "dd", "dt", "title");
  private static final Set<String> SKIPPED_CLASSES =
      Set.of("header", "footer", "embedded", "package-entry", "annotation", "comment", "comments");

  private final Parser parser;

  XhtmlReader(Parser parser) {
    this.parser = parser;
  }

  @Override
  public Result read(byte[] content) throws DocumentException {
    Handler handler = new Handler();
    ParseContext context = new ParseContext();
    try (TikaInputStream in = TikaInputStream.get(content)) {
      parser.parse(in, handler, new Metadata(), context);
    } catch (EncryptedDocumentException e) {
      throw new DocumentException(DocumentException.Reason.ENCRYPTED, "the file is password-protected", e);
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      if (causes(e, TooDeep.class)) {
        throw Limits.markupDepth();
      }
      if (e instanceof TooMuchText || WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new DocumentException(DocumentException.Reason.TOO_LARGE,
            "more than " + WRITE_LIMIT + " characters of text", e);
      }
      throw new DocumentException(DocumentException.Reason.UNREADABLE, Readers.describe(e), e);
    }
    handler.flushParagraph();
    return new Result(handler.layout.build(), null);
  }

  /** Builds the layout from SAX events; one instance per document. */
  private static final class Handler extends DefaultHandler {
    final LayoutBuilder layout = new LayoutBuilder();
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Deque<TableDraft> tables = new ArrayDeque<>();
    private int skipDepth;
    private int depth;
    private long characters;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws TooDeep {
      depth++;
      if (depth > Limits.MAX_MARKUP_DEPTH) {
        throw new TooDeep();
      }
      String name = name(localName, qName);
      if (skipDepth > 0 || name.equals("head") || name.equals("script") || name.equals("style")
          || isSkippedClass(atts.getValue("class"))) {
        if (skipDepth == 0) {
          skipDepth = depth;
        }
        return;
      }
      switch (name) {
        case "table" -> {
          endBlock();
          tables.push(new TableDraft());
        }
        case "tr" -> {
          if (!tables.isEmpty()) {
            tables.peek().startRow();
          }
        }
        case "td", "th" -> {
          if (!tables.isEmpty()) {
            tables.peek().startCell(span(atts.getValue("rowspan")), span(atts.getValue("colspan")));
          }
        }
        case "br" -> newLine();
        default -> {
          if (BLOCKS.contains(name)) {
            endBlock();
          }
        }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String name = name(localName, qName);
      if (skipDepth > 0) {
        if (depth == skipDepth) {
          skipDepth = 0;
        }
        depth--;
        return;
      }
      depth--;
      switch (name) {
        case "table" -> {
          if (!tables.isEmpty()) {
            TableDraft done = tables.pop();
            if (tables.isEmpty()) {
              layout.table(done.rows());
            } else {
              // A table inside a cell: its rows become lines of the outer cell.
              for (Layout.Row row : done.rows()) {
                tables.peek().append(row.text());
                tables.peek().newLine();
              }
            }
          }
        }
        case "tr" -> {
          if (!tables.isEmpty()) {
            tables.peek().endRow();
          }
        }
        case "td", "th" -> {
          if (!tables.isEmpty()) {
            tables.peek().endCell();
          }
        }
        default -> {
          if (BLOCKS.contains(name)) {
            endBlock();
          }
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws TooMuchText {
      if (skipDepth > 0) {
        return;
      }
      characters += length;
      if (characters > WRITE_LIMIT) {
        throw new TooMuchText();
      }
      String text = new String(ch, start, length).replace('\t', ' ');
      if (tables.isEmpty()) {
        // A line break inside a paragraph (RTF's \line) is a new line of it.
        String[] pieces = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < pieces.length; i++) {
          if (i > 0) {
            newLine();
          }
          line.append(pieces[i]);
        }
      } else {
        tables.peek().append(text);
      }
    }

    private void newLine() {
      if (!tables.isEmpty()) {
        tables.peek().newLine();
      } else {
        lines.add(line.toString());
        line.setLength(0);
      }
    }

    /** A block element begins or ends: a new paragraph on the page, a new line inside a cell. */
    private void endBlock() {
      if (tables.isEmpty()) {
        flushParagraph();
      } else {
        tables.peek().newLine();
      }
    }

    void flushParagraph() {
      lines.add(line.toString());
      line.setLength(0);
      layout.paragraph(lines);
      lines.clear();
    }

    private static boolean isSkippedClass(String classes) {
      if (classes == null) {
        return false;
      }
      for (String c : classes.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (SKIPPED_CLASSES.contains(c)) {
          return true;
        }
      }
      return false;
    }

    private static String name(String localName, String qName) {
      String name = localName == null || localName.isEmpty() ? qName : localName;
      int colon = name.indexOf(':');
      return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    private static int span(String value) {
      if (value == null) {
        return 1;
      }
      try {
        return Math.max(1, Math.min(1000, Integer.parseInt(value.strip())));
      } catch (NumberFormatException e) {
        return 1;
      }
    }
  }

  /** Whether a throwable or one of its causes is of a class (Tika may wrap the handler's exception). */
  private static boolean causes(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Thrown from the handler when elements are nested deeper than {@link Limits#MAX_MARKUP_DEPTH}. */
  private static final class TooDeep extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /** Thrown from the handler when a document holds more text than any order does. */
  private static final class TooMuchText extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /** A table being read: rows of cells, the cell being filled. */
  private static final class TableDraft {
    private final List<Layout.Row> rows = new ArrayList<>();
    private List<Layout.Cell> row;
    private StringBuilder cell;
    private int rowSpan;
    private int colSpan;

    void startRow() {
      endRow();
      row = new ArrayList<>();
    }

    void endRow() {
      endCell();
      if (row != null) {
        rows.add(new Layout.Row(row));
        row = null;
      }
    }

    void startCell(int rowSpan, int colSpan) {
      endCell();
      if (row == null) {
        row = new ArrayList<>();
      }
      cell = new StringBuilder();
      this.rowSpan = rowSpan;
      this.colSpan = colSpan;
    }

    void endCell() {
      if (cell != null) {
        row.add(LayoutBuilder.cell(cell.toString(), rowSpan, colSpan));
        cell = null;
      }
    }

    void append(String text) {
      if (cell != null) {
        cell.append(text);
      }
    }

    void newLine() {
      if (cell != null && cell.length() > 0 && cell.charAt(cell.length() - 1) != '\n') {
        cell.append('\n');
      }
    }

    List<Layout.Row> rows() {
      endRow();
      return rows;
    }
  }
}
