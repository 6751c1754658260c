package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RTF as Word writes it: cp1251 bytes under a \fcharset204 font, Unicode escapes, merged cells. */
class RtfReaderTest {

  private static Layout read(String rtf) throws Exception {
    return new RtfReader().read(rtf.getBytes(StandardCharsets.ISO_8859_1)).layout();
  }

  @Test
  void cyrillicFromFontCharsetAndUnicodeEscapes() throws Exception {
    // «ПРИКАЗ» as windows-1251 bytes; «№ 5» with \u8470 and its «N» fallback.
    Layout layout = read("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}"
        + "{\\info{\\title skipped}}\\pard\\f0 \\'cf\\'d0\\'c8\\'ca\\'c0\\'c7\\par"
        + "\\pard \\uc1\\u8470 N 5\\line \\'ee\\'f2 01.02.2023\\par}");

    assertEquals(List.of("ПРИКАЗ"), ((Layout.Paragraph) layout.blocks().get(0)).lines());
    assertEquals(List.of("№ 5", "от 01.02.2023"), ((Layout.Paragraph) layout.blocks().get(1)).lines());
  }

  @Test
  void mergedCellsBecomeSpans() throws Exception {
    String row1 = "\\trowd\\cellx500\\cellx3000\\clvmgf\\cellx5000"
        + "\\pard\\intbl 1.\\cell\\pard\\intbl First\\par second line\\cell\\pard\\intbl Ivanov\\cell\\row";
    String row2 = "\\trowd\\cellx500\\cellx3000\\clvmrg\\cellx5000"
        + "\\pard\\intbl 2.\\cell\\pard\\intbl Other\\cell\\pard\\intbl \\cell\\row";
    String row3 = "\\trowd\\clmgf\\cellx500\\clmrg\\cellx3000\\clmrg\\cellx5000"
        + "\\pard\\intbl Section\\cell\\pard\\intbl \\cell\\pard\\intbl \\cell\\row";
    Layout layout = read("{\\rtf1\\ansi " + row1 + row2 + row3 + "\\pard After\\par}");

    Layout.Table table = assertInstanceOf(Layout.Table.class, layout.blocks().get(0));
    Layout.Row first = table.rows().get(0);
    assertEquals("First\nsecond line", first.cells().get(1).text());
    assertEquals("Ivanov", first.cells().get(2).text());
    assertEquals(2, first.cells().get(2).rowSpan());
    assertEquals(2, table.rows().get(1).cells().size());
    Layout.Cell section = table.rows().get(2).cells().get(0);
    assertEquals("Section", section.text());
    assertEquals(3, section.colSpan());
    assertEquals(List.of("After"), ((Layout.Paragraph) layout.blocks().get(1)).lines());
  }

  @Test
  void rowsCutAtOtherEdgesGetColumnSpans() throws Exception {
    String row1 = "\\trowd\\cellx1000\\cellx2000\\cellx3000\\pard\\intbl a\\cell b\\cell c\\cell\\row";
    String row2 = "\\trowd\\cellx1000\\cellx3000\\pard\\intbl d\\cell e\\cell\\row";
    Layout layout = read("{\\rtf1\\ansi " + row1 + row2 + "}");

    Layout.Table table = (Layout.Table) layout.blocks().get(0);
    assertEquals(2, table.rows().get(1).cells().get(1).colSpan());
    assertEquals(3, table.width());
  }
}
