package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import prikaz.app.export.JsonExporter;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * A scan gives the plan of the order: every {@code samples/NAME.scan.pdf} (all pages, made from
 * NAME.pdf by {@code samples/make-scans.sh}: 200 dpi grey, turned about 1°, noise) against the text
 * sample's reviewed golden JSON. Exact: header date, number and issuer; the number of plans and
 * items; item numbers, sections and normalised deadlines. Within OCR's reach: each activity and
 * responsible cell at a character similarity of at least {@value #MIN_SIMILARITY}.
 * {@code NAME.scan.png} is page 1 alone: its header is exact, and its items are the golden's first
 * ones; the last row on the page is left out, as the page's end may cut it (a section row whose
 * sub-items are on the next page cannot be told from an item).
 * Needs Tesseract with the Russian model ({@code .ci/run} installs it).
 */
class ScanParityTest {
  static final double MIN_SIMILARITY = 0.95;
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final ObjectMapper MAPPER = JsonExporter.mapper();
  private static final OrderParser PARSER = OrderParser.builder().build();
  private static final List<String> REPORT = new ArrayList<>();

  static Stream<String> scans() throws Exception {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".scan.")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scans")
  void aScanGivesThePlanOfTheOrder(String file) throws Exception {
    String name = file.substring(0, file.indexOf(".scan."));
    boolean wholeDocument = file.endsWith(".pdf");
    JsonNode expected = MAPPER.readTree(SAMPLES.resolve("expected").resolve(name + ".json").toFile());

    Order order = PARSER.parse(SAMPLES.resolve(file));

    assertTrue(order.source().ocr(), "source.ocr");
    JsonNode actual = toTree(order);
    for (String field : List.of("date", "number", "issuer")) {
      assertEquals(expected.at("/header/" + field), actual.at("/header/" + field), file + ": header " + field);
    }
    JsonNode expectedPlans = expected.get("plans");
    JsonNode actualPlans = actual.get("plans");
    if (wholeDocument) {
      assertEquals(expectedPlans.size(), actualPlans.size(), file + ": plans");
    }
    double lowest = 1;
    double sum = 0;
    int cells = 0;
    for (int p = 0; p < actualPlans.size(); p++) {
      List<JsonNode> want = items(expectedPlans.get(p));
      List<JsonNode> got = items(actualPlans.get(p));
      if (wholeDocument) {
        assertEquals(want.size(), got.size(), file + ": items of plan " + (p + 1));
      } else {
        assertTrue(got.size() <= want.size(), file + ": more items than the order has");
      }
      int compared = wholeDocument ? got.size() : got.size() - 1;
      for (int i = 0; i < compared; i++) {
        JsonNode w = want.get(i);
        JsonNode g = got.get(i);
        String where = file + " plan " + (p + 1) + " item " + w.get("number");
        assertEquals(w.get("number"), g.get("number"), where + ": number");
        assertEquals(w.get("section"), g.get("section"), where + ": section");
        assertEquals(deadline(w), deadline(g), where + ": deadline");
        for (String field : List.of("activity", "responsible")) {
          String wanted = text(w.get(field));
          String read = text(g.get(field));
          double similarity = similarity(wanted, read);
          assertTrue(similarity >= MIN_SIMILARITY,
              String.format(Locale.ROOT, "%s: %s similarity %.3f%n  read:     %s%n  expected: %s", where, field,
                  similarity, read, wanted));
          lowest = Math.min(lowest, similarity);
          sum += similarity;
          cells++;
        }
      }
    }
    if (wholeDocument) {
      // No warning the text sample does not have, but for those a scan brings by nature: rows cut
      // by page breaks, and fields OCR was unsure of. (A blank page read as «— ‚ п _» would show
      // here as TABLE_NOT_A_PLAN or TEXT_UNASSIGNED.)
      java.util.Set<String> allowed = new java.util.HashSet<>(List.of("ROW_CONTINUED", "LOW_CONFIDENCE"));
      expected.get("warnings").forEach(w -> allowed.add(w.get("code").asText()));
      for (JsonNode warning : actual.get("warnings")) {
        assertTrue(allowed.contains(warning.get("code").asText()), file + ": " + warning);
      }
    }
    REPORT.add(String.format(Locale.ROOT, "%-40s %3d cells, similarity min %.3f, mean %.4f", file, cells, lowest,
        cells == 0 ? 1.0 : sum / cells));
  }

  @AfterAll
  static void report() {
    // The per-sample figures the README quotes; the assertions above are what the test checks.
    REPORT.stream().sorted().forEach(line -> System.out.println("[scan similarity] " + line));
  }

  /** Items and sub-items in reading order. */
  private static List<JsonNode> items(JsonNode plan) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode item : plan.get("items")) {
      out.add(item);
      item.get("subitems").forEach(out::add);
    }
    return out;
  }

  /** A deadline as normalised: kind, dates, recurrence (its text is OCR's reading). */
  private static String deadline(JsonNode item) {
    JsonNode d = item.get("deadline");
    if (d == null || d.isNull()) {
      return "none";
    }
    return d.get("kind") + " " + d.get("start") + " " + d.get("end") + " " + d.get("recurrence") + " "
        + d.get("yearInferred");
  }

  /** A cell's text: the activity, or the parties' names joined. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      node.forEach(party -> names.add(party.get("name").asText()));
      return String.join("; ", names);
    }
    return node.asText();
  }

  /** 1 − Levenshtein distance / length of the longer text. */
  static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longer;
  }

  private static JsonNode toTree(Order order) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter(true).write(order, out);
    return MAPPER.readTree(out.toByteArray());
  }
}
