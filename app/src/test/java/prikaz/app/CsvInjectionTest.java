package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells a spreadsheet would run as formulas are defused in the diff CSV and in failures.csv. */
class CsvInjectionTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://example.org/x\";\"открыть\")",
      "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+7 дней на согласование", "-2+3 отчёт");

  @TempDir Path dir;

  @Test
  void diffCsvForProgramsDefusesEveryFormulaCellButKeepsTheActions() throws Exception {
    List<List<String>> rows = csv(diff("rfc4180"), ',');
    List<String> cells = rows.stream().flatMap(r -> r.subList(1, r.size()).stream()).toList();
    for (String hostile : HOSTILE) {
      assertTrue(cells.stream().anyMatch(c -> c.startsWith("'" + hostile)), hostile + " defused");
    }
    for (String cell : cells) {
      assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
    }
    assertEquals(List.of("", "+++", "---"), rows.subList(1, rows.size()).stream().map(r -> r.get(0)).distinct()
        .sorted().toList(), "daff's action markers as they are (a rewritten activity is a removed and an added row)");
  }

  @Test
  void diffCsvForExcelKeepsTheFormulaCellsText() throws Exception {
    byte[] data = diff("excel");
    List<List<String>> rows = csv(java.util.Arrays.copyOfRange(data, 3, data.length), ';');
    List<String> cells = rows.stream().flatMap(List::stream).toList();
    for (String hostile : HOSTILE) {
      assertTrue(cells.stream().anyMatch(c -> c.startsWith("\u200B" + hostile)), hostile + " kept text");
    }
  }

  @Test
  void failuresCsvDefusesPathsAndMessages() throws Exception {
    BatchInputs inputs = new BatchInputs(List.of(), List.of(), dir);
    Path file = Path.of("=HYPERLINK(\"example.org\").txt");
    BatchOutcome failed = BatchOutcome.failure(new BatchInputs.Input(file, file), "IO", "=cmd|' /C calc'!A0", 0.1);
    new BatchReport(List.of(failed), inputs).writeFailures(dir);
    List<List<String>> rows = csv(Files.readAllBytes(dir.resolve("failures.csv")), ',');
    assertEquals(List.of("'=HYPERLINK(\"example.org\").txt", "IO", "'=cmd|' /C calc'!A0"), rows.get(1));
  }

  /** The diff of a plan and the same plan whose cells were made hostile, as CSV in a dialect. */
  private byte[] diff(String dialect) throws Exception {
    Path before = SAMPLES.resolve("artem-2020-218.txt");
    String text = Files.readString(before, StandardCharsets.UTF_8);
    String changed = text
        .replace("\tРазработка и утверждение локального нормативного акта", "\t" + HOSTILE.get(0) + " акта")
        .replace("\tУчастие ОО в региональных оценочных процедурах", "\t" + HOSTILE.get(1))
        .replace("\tОсуществление выборочной проверки работ", "\t" + HOSTILE.get(2))
        .replace("\tАнализ результатов региональных оценочных процедур", "\t" + HOSTILE.get(3))
        .replace("\tРазработка методических материалов по итогам", "\t" + HOSTILE.get(4));
    assertTrue(!changed.equals(text));
    Path after = dir.resolve("after.txt");
    Files.writeString(after, changed, StandardCharsets.UTF_8);
    Path out = dir.resolve("changes-" + dialect + ".csv");
    Run run = Run.of("diff", before.toString(), after.toString(), "-o", out.toString(), "--csv-dialect", dialect);
    assertEquals(1, run.exit(), run.err());
    return Files.readAllBytes(out);
  }

  private static List<List<String>> csv(byte[] data, char separator) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (var it = mapper.readerForListOf(String.class)
        .with(mapper.schemaFor(List.class).withColumnSeparator(separator)).<List<String>>readValues(data)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }
}
