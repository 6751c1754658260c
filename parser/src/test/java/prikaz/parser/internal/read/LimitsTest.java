package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import prikaz.parser.DocumentException;
import prikaz.parser.DocumentException.Reason;
import prikaz.parser.OrderParser;

/** Hostile documents, made here in memory, end as TOO_COMPLEX naming the limit: no crash, no minutes of work. */
@Timeout(60)
class LimitsTest {
  private static final OrderParser PARSER = OrderParser.builder().build();
  private static final String CELL = "<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>";

  /** The smallest DOCX Word's readers accept: a package with the body given. */
  static byte[] docx(String body) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          + "<w:p><w:r><w:t>ПРИКАЗ</w:t></w:r></w:p>" + body + "</w:body></w:document>");
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A row of {@code cells} cells, the first {@code span} grid columns wide. */
  static String row(int cells, long span) {
    StringBuilder row = new StringBuilder("<w:tr>");
    for (int c = 0; c < cells; c++) {
      row.append(c == 0 && span > 1
          ? "<w:tc><w:tcPr><w:gridSpan w:val=\"" + span + "\"/></w:tcPr><w:p/></w:tc>" : CELL);
    }
    return row.append("</w:tr>").toString();
  }

  /** Tables each in the one cell of the table around it, {@code depth} deep. */
  static String nestedTables(int depth) {
    String open = "<w:tbl><w:tr><w:tc><w:p/>";
    String close = "<w:p/></w:tc></w:tr></w:tbl>";
    return open.repeat(depth) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + close.repeat(depth);
  }

  private static DocumentException refused(byte[] content, String name) {
    DocumentException e = assertThrows(DocumentException.class,
        () -> PARSER.parse(new ByteArrayInputStream(content), name));
    assertEquals(Reason.TOO_COMPLEX, e.reason(), e.getMessage());
    assertTrue(e.getMessage().startsWith("too complex: "), e.getMessage());
    return e;
  }

  @Test
  void aHugeGridSpanNamesTheColumnLimit() throws Exception {
    byte[] file = docx("<w:tbl>" + row(3, 2_000_000_000L) + "</w:tbl>");
    assertEquals("too complex: a table row wider than 1000 grid columns", refused(file, "span.docx").getMessage());
    // Spans that add up past the limit, each under it: as wide a grid.
    StringBuilder wide = new StringBuilder("<w:tr>");
    for (int c = 0; c < 5; c++) {
      wide.append("<w:tc><w:tcPr><w:gridSpan w:val=\"300\"/></w:tcPr><w:p/></w:tc>");
    }
    byte[] sum = docx("<w:tbl>" + wide + "</w:tr></w:tbl>");
    assertEquals("too complex: a table row wider than 1000 grid columns", refused(sum, "spans.docx").getMessage());
  }

  @Test
  void tooManyCellsInARowOrRowsInATable() throws Exception {
    byte[] wide = docx("<w:tbl>" + row(Limits.MAX_CELLS_PER_ROW + 1, 1) + "</w:tbl>");
    assertEquals("too complex: a table row of more than 500 cells", refused(wide, "wide.docx").getMessage());
    byte[] tall = docx("<w:tbl>" + row(2, 1).repeat(Limits.MAX_TABLE_ROWS + 1) + "</w:tbl>");
    assertEquals("too complex: a table of more than 10000 rows", refused(tall, "tall.docx").getMessage());
  }

  @Test
  void tablesNestedDeeperThanTheLimit() throws Exception {
    byte[] deep = docx(nestedTables(Limits.MAX_TABLE_NESTING + 1));
    assertEquals("too complex: tables nested deeper than 24 levels", refused(deep, "deep.docx").getMessage());
    // Thousands deep: refused, by the limit or by the stack the XML library runs out of, never a crash.
    DocumentException e = refused(docx(nestedTables(5_000)), "deeper.docx");
    assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
  }

  /**
   * Java 24 and later refuse XML elements nested past 100 levels (before, without a limit unless
   * one is set, as here): such a DOCX is too complex, on every Java, and not unreadable.
   */
  @Test
  void javasOwnXmlDepthLimitIsTooComplex() throws Exception {
    String before = System.getProperty("jdk.xml.maxElementDepth");
    System.setProperty("jdk.xml.maxElementDepth", "100");
    try {
      // 40 tables, 125 elements deep: Java's limit is met before the own one is checked.
      assertEquals("too complex: XML elements nested deeper than 100 levels",
          refused(docx(nestedTables(40)), "deep.docx").getMessage());
      // Up to the own limit, a document stays within Java's.
      assertEquals(2, FormatDetector.reader(new FormatDetector.Format("docx", null), null)
          .read(docx(nestedTables(Limits.MAX_TABLE_NESTING))).layout().blocks().size());
    } finally {
      if (before == null) {
        System.clearProperty("jdk.xml.maxElementDepth");
      } else {
        System.setProperty("jdk.xml.maxElementDepth", before);
      }
    }
    DocumentException other = Limits.javaXmlLimit(new DocumentException(Reason.UNREADABLE, "unreadable",
        new org.xml.sax.SAXParseException("JAXP00010004: The accumulated size of entities is \"100,001\" that "
            + "exceeded the \"100,000\" limit set by \"jdk.xml.totalEntitySizeLimit\".", null)));
    assertEquals("too complex: XML past one of Java's limits (JAXP00010004)", other.getMessage());
    assertNull(Limits.javaXmlLimit(new DocumentException(Reason.UNREADABLE, "not a zip file")));
  }

  @Test
  void tablesNestedUpToTheLimitAreRead() throws Exception {
    Layout layout = FormatDetector.reader(new FormatDetector.Format("docx", null), null)
        .read(docx(nestedTables(Limits.MAX_TABLE_NESTING))).layout();
    assertEquals(2, layout.blocks().size());
    assertEquals("ПРИКАЗ", ((Layout.Paragraph) layout.blocks().get(0)).lines().get(0));
    assertEquals(1, ((Layout.Table) layout.blocks().get(1)).rows().size());
  }

  @Test
  void deeplyNestedHtmlTagsInTextAndInACell() throws Exception {
    String tags = "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000);
    assertEquals("too complex: markup nested deeper than 500 levels",
        refused(("ПРИКАЗ\n" + tags + "\n").getBytes(StandardCharsets.UTF_8), "deep.txt").getMessage());
    String cell = "ПРИКАЗ\n| № | Мероприятие |\n|---|---|\n| 1 | " + "<b>".repeat(100_000) + "x"
        + "</b>".repeat(100_000) + " |\n";
    assertEquals("too complex: markup nested deeper than 500 levels",
        refused(cell.getBytes(StandardCharsets.UTF_8), "cell.txt").getMessage());
  }

  @Test
  void anHtmlPageNestedBeyondAnyOrderEndsCleanly() throws Exception {
    String page = "<html><body><p>ПРИКАЗ</p>" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000)
        + "</body></html>";
    Layout layout = FormatDetector.reader(new FormatDetector.Format("html", null), null)
        .read(page.getBytes(StandardCharsets.UTF_8)).layout();
    assertEquals("ПРИКАЗ", ((Layout.Paragraph) layout.blocks().get(0)).lines().get(0));
  }

  @Test
  void rtfGroupsNestedDeeperThanTheLimit() throws Exception {
    String rtf = "{\\rtf1\\ansi ПРИКАЗ\\par " + "{".repeat(200_000) + "x" + "}".repeat(200_000) + "}";
    assertEquals("too complex: RTF groups nested deeper than 1000 levels",
        refused(rtf.getBytes(StandardCharsets.US_ASCII), "deep.rtf").getMessage());
  }

  @Test
  void moreTextThanTheRulesTake() throws Exception {
    String text = "ПРИКАЗ\n" + "слово ".repeat(Limits.MAX_DOCUMENT_CHARS / 6 + 10);
    assertEquals("too complex: more than 5000000 characters of text",
        refused(text.getBytes(StandardCharsets.UTF_8), "long.txt").getMessage());
    // Too long to be decoded at all: refused from its length alone.
    byte[] huge = new byte[4 * Limits.MAX_DOCUMENT_CHARS + 4];
    java.util.Arrays.fill(huge, (byte) 'a');
    assertEquals("too complex: more than 5000000 characters of text", refused(huge, "huge.txt").getMessage());
  }

  @Test
  void aLayoutPastALimitIsRefusedWhateverReadIt() {
    Layout.Row row = new Layout.Row(java.util.List.of(new Layout.Cell("a", 1, 600, 1), new Layout.Cell("b", 1, 600, 1)));
    DocumentException e = assertThrows(DocumentException.class,
        () -> Limits.check(new Layout(java.util.List.of(new Layout.Table(java.util.List.of(row))))));
    assertEquals("too complex: a table row wider than 1000 grid columns", e.getMessage());
  }
}
