package prikaz.parser.internal.read;

import prikaz.parser.DocumentException;
import prikaz.parser.DocumentException.Reason;

/**
 * The most a document may hold before it is refused as {@link Reason#TOO_COMPLEX} instead of being
 * read at a cost no real order needs: a hostile or broken file (a span of a million columns,
 * thousands of nested tables, an endless run of text) would otherwise take all the memory, the
 * stack or minutes of the rules' time. Each limit is far above what an order with its plan holds.
 */
public final class Limits {
  /**
   * Tables inside table cells: orders nest two or three; each level is a recursion in the readers.
   * Three XML elements deep each in DOCX: plain tables nested to the limit stay within the 100
   * levels Java 24 and later allow its XML readers ({@link #javaXmlLimit}) and are read alike on
   * every Java (content controls around rows or cells add levels of their own).
   */
  public static final int MAX_TABLE_NESTING = 24;
  /** Grid columns of one table row (the cells' spans added up): a plan has under 20; the plan's grid is this wide. */
  public static final int MAX_GRID_COLUMNS = 1_000;
  /** Cells of one table row: a plan has under 20; each cell is compared with the header's columns. */
  public static final int MAX_CELLS_PER_ROW = 500;
  /** Rows of one table: a year's plan has hundreds; the plan rules' work grows faster than the rows. */
  public static final int MAX_TABLE_ROWS = 10_000;
  /** Elements open at once in HTML, DOC and ODT: pages nest a few dozen; deeper is a stack overflow waiting. */
  public static final int MAX_MARKUP_DEPTH = 500;
  /** RTF groups open at once: word processors write under 20; each open group holds a copy of the text state. */
  public static final int MAX_RTF_GROUP_DEPTH = 1_000;
  /** Characters of text given to the header and plan rules: a long order has 200,000; more takes minutes. */
  public static final int MAX_DOCUMENT_CHARS = 5_000_000;
  /** Pages of one PDF or multi-page TIFF: a long order with its plan has 30; each scanned page costs seconds of OCR. */
  public static final int MAX_PAGES = 2_000;
  /**
   * Pixels one page image may say it has (width × height as stored): a 600 dpi A3 scan has 70
   * million; past a billion a file is a decompression bomb, not a page. Below it a page is never
   * decoded whole but to {@link #OCR_PAGE_PIXELS}.
   */
  public static final long MAX_PAGE_PIXELS = 1_000_000_000L;
  /**
   * The most pixels a page is decoded or rendered to for OCR, whatever size the file states: an A3
   * page at 250 dpi, an A4 page at 300. A larger page is read at a lower resolution, so one page
   * image takes at most 12 MB of grey, and the few OCR makes of it stay under the launcher's heap.
   */
  public static final long OCR_PAGE_PIXELS = 12_000_000L;

  private Limits() {}

  /**
   * A limit passed where no checked exception can go (a rule inside a line's clean-up); the reader
   * {@link #checked} gives out its document exception.
   */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(DocumentException refusal) {
      super(refusal.getMessage(), refusal, false, false);
    }

    DocumentException refusal() {
      return (DocumentException) getCause();
    }
  }

  static DocumentException tableNesting() {
    return tooComplex("tables nested deeper than " + MAX_TABLE_NESTING + " levels");
  }

  static DocumentException gridColumns() {
    return tooComplex("a table row wider than " + MAX_GRID_COLUMNS + " grid columns");
  }

  static DocumentException cellsPerRow() {
    return tooComplex("a table row of more than " + MAX_CELLS_PER_ROW + " cells");
  }

  static DocumentException tableRows() {
    return tooComplex("a table of more than " + MAX_TABLE_ROWS + " rows");
  }

  static DocumentException markupDepth() {
    return tooComplex("markup nested deeper than " + MAX_MARKUP_DEPTH + " levels");
  }

  static DocumentException rtfGroupDepth() {
    return tooComplex("RTF groups nested deeper than " + MAX_RTF_GROUP_DEPTH + " levels");
  }

  static DocumentException documentChars() {
    return tooComplex("more than " + MAX_DOCUMENT_CHARS + " characters of text");
  }

  static DocumentException pages(long count) {
    return tooComplex(count + " pages (at most " + MAX_PAGES + ")");
  }

  static DocumentException pagePixels(int page, long pixels) {
    return tooComplex("page " + page + " is an image of " + pixels / 1_000_000 + " million pixels (at most "
        + MAX_PAGE_PIXELS / 1_000_000 + " million)");
  }

  /** A reader's recursion ran out of stack: nesting no limit above caught first (a PDF's objects). */
  static DocumentException stackDepth(StackOverflowError e) {
    return new DocumentException(Reason.TOO_COMPLEX, "nested deeper than the reader can follow", e);
  }

  /** How Java's XML readers name a limit of theirs that a document went past: JAXP00010001 to …07. */
  private static final java.util.regex.Pattern JAVA_XML_LIMIT = java.util.regex.Pattern.compile("JAXP000100(\\d\\d)");
  /** The depth in Java's message of an element nested too deep (JAXP00010006). */
  private static final java.util.regex.Pattern DEPTH_LIMIT = java.util.regex.Pattern.compile("exceeds the limit \"([\\d,]+)\"");

  /**
   * A document refused by one of Java's own XML limits (since Java 24 elements nested past 100
   * levels, among others; before, none of that kind) as what it is, a document too complex, rather
   * than unreadable; null for any other refusal.
   */
  static DocumentException javaXmlLimit(DocumentException refusal) {
    for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      java.util.regex.Matcher limit = JAVA_XML_LIMIT.matcher(message);
      if (limit.find()) {
        java.util.regex.Matcher depth = DEPTH_LIMIT.matcher(message);
        String detail = limit.group(1).equals("06") && depth.find()
            ? "XML elements nested deeper than " + depth.group(1).replace(",", "") + " levels"
            : "XML past one of Java's limits (" + limit.group() + ")";
        return new DocumentException(Reason.TOO_COMPLEX, detail, refusal.getCause());
      }
    }
    return null;
  }

  private static DocumentException tooComplex(String detail) {
    return new DocumentException(Reason.TOO_COMPLEX, detail);
  }

  /**
   * A reader whose layout is checked against the limits on table rows, cells per row and
   * characters, and whose stack overflow is a {@link Reason#TOO_COMPLEX} document, not a crash.
   */
  static LayoutReader checked(LayoutReader reader) {
    return content -> {
      LayoutReader.Result result;
      try {
        result = reader.read(content);
      } catch (StackOverflowError e) {
        throw stackDepth(e);
      } catch (Exceeded e) {
        throw e.refusal();
      } catch (DocumentException e) {
        DocumentException limit = javaXmlLimit(e);
        throw limit != null ? limit : e;
      }
      check(result.layout());
      return result;
    };
  }

  /** Throws when a layout is past a limit on rows per table, cells or grid columns per row, or characters. */
  static void check(Layout layout) throws DocumentException {
    long characters = 0;
    for (Layout.Block block : layout.blocks()) {
      if (block instanceof Layout.Paragraph paragraph) {
        for (String line : paragraph.lines()) {
          characters += line.length() + 1;
        }
      } else if (block instanceof Layout.Table table) {
        if (table.rows().size() > MAX_TABLE_ROWS) {
          throw tableRows();
        }
        for (Layout.Row row : table.rows()) {
          if (row.cells().size() > MAX_CELLS_PER_ROW) {
            throw cellsPerRow();
          }
          long width = 0;
          for (Layout.Cell cell : row.cells()) {
            width += cell.colSpan();
            characters += cell.text().length() + 1;
          }
          if (width > MAX_GRID_COLUMNS) {
            throw gridColumns();
          }
        }
      }
      if (characters > MAX_DOCUMENT_CHARS) {
        throw documentChars();
      }
    }
  }
}
