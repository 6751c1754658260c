import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.internal.read.TextReader;

/**
 * Renders a text sample as the HTML a clerk's Word file would hold: Times New Roman, the blocks
 * above the title centered, ruled tables with a bold header row, each line of a cell a paragraph.
 * LibreOffice then turns the HTML into DOCX, ODT, RTF and PDF (see make-formats.sh). It reads the
 * text through prikaz's own TextReader, so every format carries exactly the words of the sample.
 *
 * <p>Run: java -cp app/target/prikaz.jar samples/tools/ToHtml.java IN.txt OUT.html
 */
public class ToHtml {
  public static void main(String[] args) throws Exception {
    Layout layout = TextReader.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="ru"><head><meta charset="utf-8"><title></title>
        <style>
          body { font-family: 'Times New Roman'; font-size: 12pt; }
          p { margin: 0 0 6pt 0; text-align: justify; }
          p.c { text-align: center; }
          p.l { text-align: left; }
          p.t { margin: 0; text-align: left; font-size: 11pt; }
        </style></head><body>
        """);
    boolean header = true;
    Layout.Block previous = null;
    for (Layout.Block block : layout.blocks()) {
      if (block instanceof Layout.Paragraph paragraph) {
        // The issuer block, type, date, number and place are centered, as on a letterhead; the
        // title and everything after it are justified.
        if (paragraph.text().length() > 120) {
          header = false;
        }
        // A paragraph of several lines (a signature block, a list of points) keeps its line breaks
        // and is left-aligned, as a clerk types it.
        html.append(header ? "<p class=\"c\">" : paragraph.lines().size() > 1 ? "<p class=\"l\">" : "<p>");
        html.append(String.join("<br>", paragraph.lines().stream().map(ToHtml::escape).toList()));
        html.append("</p>\n");
      } else if (block instanceof Layout.Table table) {
        header = false;
        if (previous instanceof Layout.Table) {
          html.append("<p></p>\n"); // a page break in the text: two tables, as in the source
        }
        html.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
        boolean first = true;
        for (Layout.Row row : table.rows()) {
          html.append("<tr>");
          for (Layout.Cell cell : row.cells()) {
            html.append("<td valign=\"top\">");
            for (String line : cell.text().split("\n")) {
              html.append(first ? "<p class=\"t\"><b>" : "<p class=\"t\">").append(escape(line)).append(first ? "</b></p>" : "</p>");
            }
            html.append("</td>");
          }
          html.append("</tr>\n");
          first = false;
        }
        html.append("</table>\n");
      }
      previous = block;
    }
    html.append("</body></html>\n");
    Files.writeString(Path.of(args[1]), html, StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
