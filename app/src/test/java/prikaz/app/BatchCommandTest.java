package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/** {@code prikaz batch} run in-process over copies of the samples and a folder of bad files. */
class BatchCommandTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final List<String> GOOD = List.of("anzhero-sudzhensk-2022-575.txt", "artem-2020-218.docx",
      "artem-2020-218.pdf", "balashov-2022-78.txt", "chernozemelsky-2022-533.rtf", "spb-moskovsky-2023-8.odt");

  @TempDir Path dir;
  private Path in;
  private Path out;

  private static Run run(String... args) {
    return Run.of(args);
  }

  @BeforeEach
  void folders() throws Exception {
    in = dir.resolve("in");
    out = dir.resolve("out");
    Files.createDirectories(in.resolve("good/2022"));
    Files.createDirectories(in.resolve("bad"));
    for (String name : GOOD) {
      Path target = name.contains("2022") ? in.resolve("good/2022").resolve(name) : in.resolve("good").resolve(name);
      Files.copy(SAMPLES.resolve(name), target);
    }
    Files.write(in.resolve("bad/empty.txt"), new byte[0]);
    byte[] docx = Files.readAllBytes(SAMPLES.resolve("artem-2020-218.docx"));
    Files.write(in.resolve("bad/corrupt.docx"), java.util.Arrays.copyOf(docx, 3000));
    Files.writeString(in.resolve("bad/letter.txt"), "Уважаемые коллеги!\nПриглашаем на семинар.\n", StandardCharsets.UTF_8);
    Files.write(in.resolve("bad/encrypted.docx"), encryptedDocx());
    Files.writeString(in.resolve("bad/notes.xlsx"), "not looked at: not a supported extension");
  }

  @Test
  void aBatchWritesEachOutputListsEachFailureAndExitsOne() throws Exception {
    Path combined = dir.resolve("plans.csv");
    Run run = run("batch", in.toString(), "--out", out.toString(), "-f", "json,xlsx", "--combined", combined.toString());

    assertEquals(1, run.exit(), run.err());
    assertEquals("", run.out(), "nothing but data on stdout, and a batch writes none");
    for (String name : GOOD) {
      String folder = name.contains("2022") ? "good/2022/" : "good/";
      assertTrue(Files.exists(out.resolve(folder + name + ".json")), name);
      assertTrue(Files.exists(out.resolve(folder + name + ".xlsx")), name);
    }
    JsonNode artem = JsonExporter.mapper().readTree(out.resolve("good/artem-2020-218.pdf.json").toFile());
    assertEquals("218", artem.at("/header/number").asText());
    assertEquals(18, artem.at("/plans/0/items").size());

    List<List<String>> failures = csv(out.resolve("failures.csv"));
    assertEquals(List.of("file", "kind", "message"), failures.get(0));
    assertEquals(List.of(
        List.of(in.resolve("bad/corrupt.docx").toString(), "UNREADABLE"),
        List.of(in.resolve("bad/empty.txt").toString(), "EMPTY"),
        List.of(in.resolve("bad/encrypted.docx").toString(), "ENCRYPTED"),
        List.of(in.resolve("bad/letter.txt").toString(), "NOT_AN_ORDER")),
        failures.subList(1, failures.size()).stream().map(r -> r.subList(0, 2)).toList());
    assertTrue(run.err().contains("prikaz: " + in.resolve("bad/empty.txt") + ": empty file\n"), run.err());
    assertTrue(run.err().matches("(?s).*parsed 6, failed 4, skipped 1 \\(unknown type 1\\), warnings \\d+, \\d+\\.\\d s\n$"),
        run.err());
    assertNoPartialFiles(dir);

    // The combined file: every item of every order, in input path order, with its path under the folder.
    List<List<String>> rows = csv(combined);
    List<String> files = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).distinct().toList();
    // good/2022/… sorts before good/artem…; balashov's order has no plan, so no rows.
    assertEquals(List.of("good/2022/anzhero-sudzhensk-2022-575.txt", "good/2022/chernozemelsky-2022-533.rtf",
        "good/artem-2020-218.docx", "good/artem-2020-218.pdf", "good/spb-moskovsky-2023-8.odt"), files);
    assertEquals("good/artem-2020-218.pdf", artem.at("/source/path").asText());
    assertEquals("artem-2020-218.pdf", artem.at("/source/file").asText());
    assertEquals(15 + 28 + 18 + 18 + 18, rows.size() - 1);
  }

  @Test
  void existingOutputsAreKeptWithoutForceAndRewrittenWithIt() throws Exception {
    Path good = in.resolve("good");
    assertEquals(0, run("batch", good.toString(), "--out", out.toString()).exit());
    Path artem = out.resolve("artem-2020-218.docx.json");
    Files.writeString(artem, "kept");

    // A second run over finished outputs is done, not failed; what is there is kept.
    Run again = run("batch", good.toString(), "--out", out.toString());
    assertEquals(Cli.OK, again.exit(), again.err());
    assertEquals("kept", Files.readString(artem));
    assertTrue(again.err().startsWith("parsed 0, failed 0, skipped 6 (exists 6), warnings 0, "), again.err());
    assertEquals(List.of(List.of("file", "kind", "message")), csv(out.resolve("failures.csv")));

    // An output missing among finished ones is written; the others are kept.
    Files.delete(out.resolve("artem-2020-218.pdf.json"));
    Run third = run("batch", good.toString(), "--out", out.toString(), "-f", "json");
    assertEquals(Cli.OK, third.exit(), third.err());
    assertTrue(third.err().startsWith("parsed 1, failed 0, skipped 5 (exists 5), "), third.err());
    assertTrue(Files.exists(out.resolve("artem-2020-218.pdf.json")));

    Run forced = run("batch", good.toString(), "--out", out.toString(), "--force");
    assertEquals(0, forced.exit(), forced.err());
    assertTrue(Files.readString(artem).startsWith("{"));
  }

  @Test
  void skipUnchangedParsesOnlyWhatChanged() throws Exception {
    Path good = in.resolve("good");
    assertEquals(0, run("batch", good.toString(), "--out", out.toString(), "--skip-unchanged").exit());

    Run again = run("batch", good.toString(), "--out", out.toString(), "--skip-unchanged");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().startsWith("parsed 0, failed 0, skipped 6 (unchanged 6), "), again.err());

    Path changed = good.resolve("2022/balashov-2022-78.txt");
    Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8).replace("№ 78", "№ 79"),
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(changed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Run third = run("batch", good.toString(), "--out", out.toString(), "--skip-unchanged");
    assertEquals(0, third.exit(), third.err());
    assertTrue(third.err().startsWith("parsed 1, failed 0, skipped 5 (unchanged 5), "), third.err());
    assertEquals("79", JsonExporter.mapper().readTree(out.resolve("2022/balashov-2022-78.txt.json").toFile())
        .at("/header/number").asText());
  }

  @Test
  void includeExcludeAndNothingParsed() throws Exception {
    Run txt = run("batch", in.toString(), "--out", out.toString(), "--include", "*.txt", "--exclude", "bad/**");
    assertEquals(0, txt.exit(), txt.err());
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of("anzhero-sudzhensk-2022-575.txt.json", "balashov-2022-78.txt.json"),
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt.json")).sorted().toList());
    }

    Run bad = run("batch", in.resolve("bad").toString(), "--out", dir.resolve("out2").toString());
    assertEquals(Cli.NOTHING_PARSED, bad.exit());

    Files.createDirectories(dir.resolve("empty"));
    Run empty = run("batch", dir.resolve("empty").toString(), "--out", dir.resolve("out3").toString());
    assertEquals(Cli.NOTHING_PARSED, empty.exit());
    assertEquals("prikaz: no supported files found\n", empty.err());

    Run usage = run("batch", in.toString());
    assertEquals(Cli.USAGE, usage.exit());
    assertTrue(usage.err().startsWith("prikaz: Missing required option: '--out=DIR'"), usage.err());
  }

  @Test
  void theCombinedFileIsTheSameWhateverTheNumberOfJobs() throws Exception {
    Path one = dir.resolve("one.jsonl");
    Path four = dir.resolve("four.jsonl");
    run("batch", in.resolve("good").toString(), "--out", dir.resolve("o1").toString(), "--jobs", "1", "--combined", one.toString());
    run("batch", in.resolve("good").toString(), "--out", dir.resolve("o4").toString(), "--jobs", "4", "--combined", four.toString());

    List<String> lines = Files.readAllLines(one, StandardCharsets.UTF_8);
    assertEquals(6, lines.size());
    assertEquals(lines, Files.readAllLines(four, StandardCharsets.UTF_8));
    assertEquals("anzhero-sudzhensk-2022-575.txt", JsonExporter.mapper().readTree(lines.get(0)).at("/source/file").asText());
    assertEquals("2022/anzhero-sudzhensk-2022-575.txt", JsonExporter.mapper().readTree(lines.get(0)).at("/source/path").asText());
  }

  /** Two folders with a file of the same name: the path under the batch root keeps them apart everywhere. */
  @Test
  void sameNamesInTwoFoldersStayApart() throws Exception {
    Path root = dir.resolve("regions");
    Files.createDirectories(root.resolve("kuzbass"));
    Files.createDirectories(root.resolve("primorye"));
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), root.resolve("kuzbass/575.txt"));
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), root.resolve("primorye/575.txt"));
    Path xlsx = dir.resolve("all.xlsx");
    Path jsonl = dir.resolve("all.jsonl");
    Run run = run("batch", root.toString(), "--out", out.toString(), "--combined", xlsx.toString(), "--combined",
        jsonl.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("kuzbass/575.txt", JsonExporter.mapper().readTree(out.resolve("kuzbass/575.txt.json").toFile())
        .at("/source/path").asText());
    List<String> paths = Files.readAllLines(jsonl).stream()
        .map(l -> { try { return JsonExporter.mapper().readTree(l).at("/source/path").asText(); }
                    catch (Exception e) { throw new IllegalStateException(e); } }).toList();
    assertEquals(List.of("kuzbass/575.txt", "primorye/575.txt"), paths);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      java.util.Set<String> files = new java.util.TreeSet<>();
      for (var row : sheet) {
        var cell = row.getCell(0);
        if (cell != null && cell.getStringCellValue().endsWith("575.txt")) {
          files.add(cell.getStringCellValue());
        }
      }
      assertEquals(java.util.Set.of("kuzbass/575.txt", "primorye/575.txt"), files);
    }
  }

  @Test
  void summaryJsonCountsEveryFileAndTheOptions() throws Exception {
    Run run = run("batch", in.toString(), "--out", out.toString(), "--exclude", "encrypted.docx", "--jobs", "2");
    assertEquals(1, run.exit(), run.err());
    JsonNode summary = JsonExporter.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("prikaz-batch-summary/1", summary.get("schema").asText());
    assertEquals(9, summary.at("/counts/inputs").asInt());
    assertEquals(6, summary.at("/counts/parsed").asInt());
    assertEquals(3, summary.at("/counts/failed").asInt());
    assertEquals(1, summary.at("/counts/skipped/excluded").asInt());
    assertEquals(1, summary.at("/counts/skipped/unknownType").asInt());
    assertEquals(1, summary.at("/counts/notOrders").asInt());
    assertEquals(1, summary.get("exitCode").asInt());
    assertEquals(2, summary.at("/options/jobs").asInt());
    assertEquals("encrypted.docx", summary.at("/options/exclude/0").asText());
    assertEquals("excel", summary.at("/options/csvDialect").asText());
    JsonNode letter = null;
    for (JsonNode file : summary.get("files")) {
      if (file.get("path").asText().equals("bad/letter.txt")) {
        letter = file;
      }
      assertTrue(file.get("seconds").asDouble() >= 0);
    }
    assertEquals("failed", letter.get("outcome").asText());
    assertEquals("NOT_AN_ORDER", letter.get("reason").asText());
  }

  /** Cover letters in a folder of orders: a code of its own, so a night shift is not paged for them. */
  @Test
  void onlyNotAnOrderFailuresHaveTheirOwnExitCode() throws Exception {
    Path root = dir.resolve("mixed");
    Files.createDirectories(root);
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), root.resolve("order.txt"));
    Files.writeString(root.resolve("letter.txt"), "Уважаемые коллеги!\nНаправляем приказ.\n", StandardCharsets.UTF_8);
    Run run = run("batch", root.toString(), "--out", out.toString());
    assertEquals(Cli.ONLY_NOT_ORDERS, run.exit(), run.err());
    assertEquals(4, Cli.ONLY_NOT_ORDERS);
    Files.write(root.resolve("empty.txt"), new byte[0]);
    assertEquals(Cli.FAILED, run("batch", root.toString(), "--out", dir.resolve("o2").toString()).exit());
  }

  @Test
  void completionPrintsABashScriptThatKnowsTheCommandsAndOptions() {
    Run run = run("completion");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("complete -F _complete_prikaz"), run.out());
    for (String word : List.of("parse", "batch", "--skip-unchanged", "--combined", "--ocr")) {
      assertTrue(run.out().contains(word), word);
    }
  }

  private static List<List<String>> csv(Path file) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withColumnSeparator(text.startsWith("file,") ? ',' : ';'))
        .readValues(text)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static void assertNoPartialFiles(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "a temporary file was left");
    }
  }

  /** A password-protected DOCX, as POI's encryptor writes it (an OLE2 «EncryptedPackage»). */
  private static byte[] encryptedDocx() throws Exception {
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      org.apache.poi.poifs.crypt.EncryptionInfo info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
      org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
        os.write(Files.readAllBytes(SAMPLES.resolve("artem-2020-218.docx")));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }
}
