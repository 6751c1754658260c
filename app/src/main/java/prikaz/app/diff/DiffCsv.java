package prikaz.app.diff;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import prikaz.app.export.CsvExporter;
import prikaz.app.export.SpreadsheetText;
import prikaz.diff.OrderDiff;
import prikaz.diff.OrderDiff.PlanChanges;
import prikaz.diff.OrderDiff.RowChanges;
import prikaz.parser.model.Field;

/**
 * The diff as a highlighter CSV in daff's format: a header row marked {@code @@}, then every row
 * with its action in the first column — {@code +++} added, {@code ---} removed, {@code ->} changed
 * (a changed cell written {@code old->new}), empty for unchanged. Numbers are not compared (plans
 * are renumbered every year): «№» is the row's number in the newer plan, «№ было» in the older.
 * UTF-8 and CRLF; the {@link CsvExporter.Dialect#EXCEL} default has a BOM and «;» so a Russian
 * Excel opens it by double-click, {@link CsvExporter.Dialect#RFC4180} is comma-separated without
 * BOM, like the CSV tools that read daff's files.
 */
public final class DiffCsv {
  private DiffCsv() {}

  public static void write(OrderDiff diff, OutputStream out, CsvExporter.Dialect dialect) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("@@", "План", "Раздел", "№"));
    Field.content().forEach(f -> header.add(f.title()));
    header.add("№ было");
    rows.add(header);
    for (PlanChanges plan : diff.plans()) {
      String title = plan.after() != null ? plan.after().title() : plan.before().title();
      for (RowChanges row : plan.rows()) {
        List<String> line = new ArrayList<>();
        line.add(switch (row.status()) {
          case added -> "+++";
          case removed -> "---";
          case changed -> "->";
          case unchanged -> "";
        });
        line.add(title == null ? "" : title);
        line.add(DiffRows.section(row));
        line.add(DiffRows.number(row.after()));
        for (Field field : Field.content()) {
          String before = DiffRows.cell(row.before(), field);
          String after = DiffRows.cell(row.after(), field);
          line.add(switch (row.status()) {
            case added, unchanged -> after;
            case removed -> before;
            case changed -> DiffRows.changed(row, field) ? before + "->" + after : after;
          });
        }
        line.add(DiffRows.number(row.before()));
        rows.add(line);
      }
    }
    if (dialect == CsvExporter.Dialect.EXCEL) {
      // Opened by double-click: «+++», «1.2» and «Сентябрь 2022» stay text (SpreadsheetText).
      rows.replaceAll(row -> row.stream().map(SpreadsheetText::keptAsText).toList());
    } else {
      // Read by programs, and maybe opened anyway: a cell starting like a formula is defused, as in the
      // parse CSV; the action column is ours («+++», «---»), kept as daff's readers expect it.
      rows.replaceAll(DiffCsv::defused);
    }
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n").withColumnSeparator(dialect.separator());
    OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (dialect.byteOrderMark()) {
      text.write('\uFEFF');
    }
    try (var writer = mapper.writer(schema).writeValues(text)) {
      writer.writeAll(rows);
    }
  }

  private static List<String> defused(List<String> row) {
    List<String> cells = new ArrayList<>(row.subList(0, 1));
    row.subList(1, row.size()).forEach(cell -> cells.add(SpreadsheetText.defused(cell)));
    return cells;
  }
}
