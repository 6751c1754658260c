package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/** What a batch does with the files around its inputs and outputs: names, leftovers, stale results, wrong folders. */
class BatchFilesTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final Path ANZHERO = SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt");
  private static final Path ARTEM = SAMPLES.resolve("artem-2020-218.txt");

  @TempDir Path dir;

  @Test
  void twoInputsOfOneNameUnderTwoFoldersWriteTwoOutputs() throws Exception {
    Files.createDirectories(dir.resolve("2022"));
    Files.createDirectories(dir.resolve("2023"));
    Files.copy(ANZHERO, dir.resolve("2022/575.txt"));
    Files.copy(ARTEM, dir.resolve("2023/575.txt"));
    Path out = dir.resolve("out");
    Run run = Run.of("batch", dir.resolve("2022").toString(), dir.resolve("2023").toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("parsed 2, failed 0"), run.err());
    assertEquals("575", number(out.resolve("2022/575.txt.json")));
    assertEquals("218", number(out.resolve("2023/575.txt.json")));
    assertEquals("2023/575.txt", JsonExporter.mapper().readTree(out.resolve("2023/575.txt.json").toFile())
        .at("/source/path").asText());

    Path files = dir.resolve("files");
    Run named = Run.of("batch", dir.resolve("2022/575.txt").toString(), dir.resolve("2023/575.txt").toString(), "--out",
        files.toString());
    assertEquals(0, named.exit(), named.err());
    assertEquals("575", number(files.resolve("2022/575.txt.json")));
    assertEquals("218", number(files.resolve("2023/575.txt.json")));
  }

  @Test
  void leftoverTemporariesOfADeadRunAreRemovedThoseOfALiveOneKept() throws Exception {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    Files.createDirectories(in);
    Files.createDirectories(out.resolve("sub"));
    Files.copy(ANZHERO, in.resolve("575.txt"));
    long dead = deadPid();
    Path killed = out.resolve(".575.txt.json." + dead + ".123456789.part");
    Path deeper = out.resolve("sub/.old.docx.xlsx." + dead + ".5.part");
    Path live = out.resolve(".other.txt.json." + ProcessHandle.current().parent().orElseThrow().pid() + ".7.part");
    Path theirs = out.resolve("notes.part");
    for (Path file : List.of(killed, deeper, live, theirs)) {
      Files.writeString(file, "half");
    }
    Run run = Run.of("batch", in.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertFalse(Files.exists(killed));
    assertFalse(Files.exists(deeper));
    assertTrue(Files.exists(live), "a running process's temporary is its own");
    assertTrue(Files.exists(theirs), "a file not named as ours is not ours");
    assertEquals("575", number(out.resolve("575.txt.json")));
  }

  @Test
  void outputsWhoseInputFailedOrIsGoneAreCountedAndPrunedOnRequest() throws Exception {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    Files.createDirectories(in.resolve("sub"));
    Files.copy(ANZHERO, in.resolve("575.txt"));
    Files.copy(ARTEM, in.resolve("sub/218.txt"));
    Files.copy(SAMPLES.resolve("balashov-2022-78.txt"), in.resolve("78.txt"));
    assertEquals(0, Run.of("batch", in.toString(), "--out", out.toString(), "-f", "json,csv", "--skip-unchanged").exit());
    Files.writeString(in.resolve("575.txt"), "Уважаемые коллеги!\nПросим прислать отчёт.\n", StandardCharsets.UTF_8);
    Files.delete(in.resolve("sub/218.txt"));

    // An input left out this time is there: its outputs are not stale.
    Run again = Run.of("batch", in.toString(), "--out", out.toString(), "-f", "json,csv", "--skip-unchanged",
        "--exclude", "78.txt");
    assertEquals(Cli.ONLY_NOT_ORDERS, again.exit(), again.err());
    assertTrue(again.err().contains("prikaz: left 4 stale outputs (their input failed or is gone; listed in summary.json): "
        + "--prune removes them\n"), again.err());
    JsonNode summary = JsonExporter.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(List.of("575.txt.csv", "575.txt.json", "sub/218.txt.csv", "sub/218.txt.json"),
        texts(summary.get("stale")));
    assertTrue(Files.exists(out.resolve("575.txt.json")));

    Run pruned = Run.of("batch", in.toString(), "--out", out.toString(), "-f", "json,csv", "--skip-unchanged",
        "--exclude", "78.txt", "--prune", "--lang", "ru");
    assertTrue(pruned.err().contains("prikaz: удалено устаревших результатов: 4 (их входной файл не разобран или удалён)\n"),
        pruned.err());
    assertFalse(Files.exists(out.resolve("575.txt.json")));
    assertFalse(Files.exists(out.resolve("sub/218.txt.csv")));
    assertTrue(Files.exists(out.resolve("78.txt.json")));
    assertEquals(4, JsonExporter.mapper().readTree(out.resolve("summary.json").toFile()).get("pruned").size());

    Run clean = Run.of("batch", in.toString(), "--out", out.toString(), "-f", "json,csv", "--skip-unchanged");
    assertFalse(clean.err().contains("stale"), clean.err());
  }

  @Test
  void aNameTooLongForTheFileSystemIsCutWithAHashTheSameEveryRun() throws Exception {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    Files.createDirectories(in);
    String prefix = "Приказ об утверждении плана ";
    String name = prefix + "а".repeat((250 - prefix.getBytes(StandardCharsets.UTF_8).length) / 2) + ".txt";
    assertEquals(254, name.getBytes(StandardCharsets.UTF_8).length);
    Files.copy(ANZHERO, in.resolve(name));
    Run run = Run.of("batch", in.toString(), "--out", out.toString(), "-f", "json,xlsx");
    assertEquals(0, run.exit(), run.err());
    List<String> names;
    try (Stream<Path> files = Files.list(out)) {
      names = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("Приказ")).sorted().toList();
    }
    assertEquals(2, names.size(), names.toString());
    for (String written : names) {
      assertTrue(written.getBytes(StandardCharsets.UTF_8).length <= 255, written);
      assertTrue(written.matches("Приказ об утверждении плана .*~[0-9a-f]{12}\\.txt\\.(json|xlsx)"), written);
    }
    assertEquals(names.get(0).replace(".json", ""), names.get(1).replace(".xlsx", ""), "one hash for one input");
    assertEquals("575", number(out.resolve(names.get(0))));
    Run again = Run.of("batch", in.toString(), "--out", out.toString(), "-f", "json,xlsx");
    assertTrue(again.err().contains("skipped 1 (exists 1)"), "the same names again: " + again.err());
  }

  @Test
  void anOutputFolderThatCannotBeUsedIsOneLine() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    Files.copy(ANZHERO, in.resolve("sub/575.txt"));
    Path file = dir.resolve("plan.json");
    Files.writeString(file, "{}");

    Run aFile = Run.of("batch", in.toString(), "--out", file.toString());
    assertEquals(Cli.USAGE, aFile.exit());
    assertEquals("prikaz: " + file + ": --out names a file, not a folder\n", aFile.err());
    Run same = Run.of("batch", in.toString(), "--out", in.toString());
    assertEquals(Cli.USAGE, same.exit());
    assertEquals("prikaz: " + in + ": --out is the folder being read: write the outputs to another folder\n",
        same.err());
    Run inside = Run.of("batch", in.resolve("sub").toString(), "--out", in.toString(), "--lang", "ru");
    assertEquals(Cli.USAGE, inside.exit());
    assertEquals("prikaz: " + in.resolve("sub") + ": читаемая папка лежит внутри папки результатов " + in
        + ": укажите для результатов другую папку\n", inside.err());
    assertEquals(List.of("575.txt"), listing(in.resolve("sub")), "nothing written");
    Run underAFile = Run.of("batch", in.toString(), "--out", file.resolve("out").toString());
    assertEquals(Cli.USAGE, underAFile.exit());
    assertTrue(underAFile.err().matches("prikaz: .*plan.json/out: cannot write in the output folder: .*\n"),
        underAFile.err());
  }

  static String number(Path json) throws Exception {
    return JsonExporter.mapper().readTree(json.toFile()).at("/header/number").asText();
  }

  static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  /** A process id no process has now. */
  private static long deadPid() {
    long pid = 4_000_000L;
    while (ProcessHandle.of(pid).isPresent()) {
      pid++;
    }
    return pid;
  }
}
