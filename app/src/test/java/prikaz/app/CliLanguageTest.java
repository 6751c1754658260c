package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Help and messages in Russian or English: chosen by --lang, else by the locale variables. */
class CliLanguageTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void theLanguageComesFromLangThenTheLocaleVariables() {
    String[] none = {"parse", "x.txt"};
    assertEquals("ru", Texts.language(none, Map.of("LANG", "ru_RU.UTF-8")));
    assertEquals("en", Texts.language(none, Map.of("LANG", "en_US.UTF-8")));
    assertEquals("en", Texts.language(none, Map.of("LANG", "C.UTF-8")));
    assertEquals("en", Texts.language(none, Map.of()));
    // LC_ALL over LC_MESSAGES over LANG; an empty variable is not set.
    assertEquals("en", Texts.language(none, Map.of("LC_ALL", "C", "LANG", "ru_RU.UTF-8")));
    assertEquals("ru", Texts.language(none, Map.of("LC_ALL", "", "LC_MESSAGES", "ru_RU", "LANG", "en_US")));
    // --lang wins, in either spelling, before or after the command; not after "--".
    assertEquals("en", Texts.language(new String[] {"--lang", "en", "parse", "x"}, Map.of("LANG", "ru_RU.UTF-8")));
    assertEquals("ru", Texts.language(new String[] {"parse", "x", "--lang=RU"}, Map.of()));
    assertEquals("en", Texts.language(new String[] {"parse", "--", "--lang=ru"}, Map.of()));
  }

  @Test
  void helpIsInTheLanguageAskedFor() {
    Run russian = Run.of("parse", "--help", "--lang", "ru");
    assertEquals(0, russian.exit());
    assertTrue(russian.out().startsWith("Использование: prikaz parse"), russian.out());
    assertTrue(russian.out().contains("Разобрать приказы и записать их реквизиты и планы"), russian.out());
    assertTrue(russian.out().contains("Формат вывода: json, jsonl, csv, xlsx, ics (по\n"), russian.out());
    assertTrue(russian.out().contains("Примеры:"), russian.out());

    Run english = Run.of("parse", "--help");
    assertTrue(english.out().startsWith("Usage: prikaz parse"), english.out());
    assertTrue(english.out().contains("Output format: json, jsonl, csv, xlsx, ics (default:"), english.out());
    assertFalse(english.out().matches("(?s).*[А-Яа-я]{5,}.*"), "no Russian words in the English help but examples");

    Run top = Run.of("--lang", "ru", "--help");
    assertTrue(top.out().contains("Команды:"), top.out());
    assertTrue(top.out().contains("help        Показать справку по команде."), top.out());
  }

  @Test
  void everyOptionOfEveryCommandIsDescribedInBothLanguages() {
    for (String language : Texts.LANGUAGES) {
      CommandLine cli = Cli.configure(PrikazCommand.commandLine(new PrikazCommand()), language);
      for (CommandLine command : all(cli)) {
        CommandSpec spec = command.getCommandSpec();
        String[] about = spec.usageMessage().description().length > 0 ? spec.usageMessage().description()
            : spec.usageMessage().header();
        assertTrue(about.length > 0 && !about[0].isBlank(), language + ": " + spec.qualifiedName());
        for (ArgSpec arg : spec.args()) {
          String[] text = arg.description();
          assertTrue(text.length > 0 && !text[0].isBlank(), language + ": " + spec.qualifiedName() + " " + arg);
        }
      }
    }
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Set<String> english = keys("Messages.properties");
    Set<String> russian = keys("Messages_ru.properties");
    assertEquals(strip(english), strip(russian));
  }

  @Test
  void messagesAndTheSummaryAreInRussian(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("нет.txt");
    Run parse = Run.of("--lang", "ru", "parse", missing.toString());
    assertEquals(1, parse.exit());
    assertEquals("prikaz: " + missing + ": файл не найден\n", parse.err());

    Path empty = Files.createFile(dir.resolve("пустой.txt"));
    Run emptyRun = Run.of("parse", empty.toString(), "--lang", "ru");
    assertEquals("prikaz: " + empty + ": пустой файл\n", emptyRun.err());

    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), in.resolve("artem-2020-218.txt"));
    Files.copy(empty, in.resolve("пустой.txt"));
    Run batch = Run.of("batch", in.toString(), "--out", dir.resolve("out").toString(), "--lang", "ru");
    assertEquals(1, batch.exit());
    assertTrue(batch.err().contains("prikaz: " + in.resolve("пустой.txt") + ": пустой файл\n"), batch.err());
    assertTrue(batch.err().matches("(?s).*разобрано 1, не удалось 1, замечаний \\d+, \\d+\\.\\d с\n"), batch.err());
    String failures = Files.readString(dir.resolve("out/failures.csv"), StandardCharsets.UTF_8);
    assertTrue(failures.contains("\"" + in.resolve("пустой.txt") + "\",EMPTY,\"пустой файл\""), failures);

    Run usage = Run.of("batch", in.toString(), "--lang", "ru");
    assertEquals(2, usage.exit());
    assertTrue(usage.err().endsWith("Подробнее: 'prikaz batch --help'.\n"), usage.err());

    Run wrong = Run.of("parse", "x.txt", "--lang", "de");
    assertEquals(2, wrong.exit());
    assertTrue(wrong.err().contains("'de' is not ru or en"), wrong.err());
  }

  /** Under --lang ru, picocli's own errors and the parser's details are Russian too. */
  @Test
  void errorsAndDetailsHaveNoEnglishInRussian(@TempDir Path dir) throws IOException {
    Path letter = dir.resolve("письмо.txt");
    Files.writeString(letter, "Уважаемые коллеги!\nПриглашаем на семинар.\n", StandardCharsets.UTF_8);
    assertEquals("prikaz: " + letter + ": не приказ: не найден заголовок ПРИКАЗ (ПОСТАНОВЛЕНИЕ, РАСПОРЯЖЕНИЕ …) "
        + "и нет таблицы плана\n", Run.of("--lang", "ru", "parse", letter.toString()).err());
    Path folder = Files.createDirectories(dir.resolve("папка"));
    assertEquals("prikaz: " + folder + ": файл не читается: это папка, а не файл\n",
        Run.of("--lang", "ru", "parse", folder.toString()).err());

    assertEquals("prikaz: неизвестный параметр: '--no-such-option'\nПодробнее: 'prikaz parse --help'.\n",
        Run.of("--lang", "ru", "parse", "--no-such-option", "x.txt").err());
    assertEquals("prikaz: не указан обязательный параметр: FILE\nПодробнее: 'prikaz parse --help'.\n",
        Run.of("--lang", "ru", "parse").err());
    assertTrue(Run.of("batch", "x", "--lang", "ru").err().startsWith("prikaz: не указан обязательный параметр: --out=DIR\n"));
    assertEquals("prikaz: недопустимое значение --format: 'pdf', а допустимы: json, jsonl, csv, xlsx, ics\n"
        + "Подробнее: 'prikaz parse --help'.\n", Run.of("--lang", "ru", "parse", "x.txt", "-f", "pdf").err());
    // A list option's value (batch -f json,csv): picocli names the option with its label.
    assertEquals("prikaz: недопустимое значение --format: 'bogus', а допустимы: json, jsonl, csv, xlsx, ics\n"
        + "Подробнее: 'prikaz batch --help'.\n", Run.of("--lang", "ru", "batch", "x", "--out", "o", "-f", "json,bogus").err());
    assertTrue(Run.of("--lang", "ru", "parse", "x.txt", "--ocr", "sometimes").err()
        .startsWith("prikaz: недопустимое значение --ocr: 'sometimes' — не auto, always и не never\n"));
    assertTrue(Run.of("--lang", "ru", "parse", "x.txt", "--ocr-lang", "rus;eng").err()
        .startsWith("prikaz: --ocr-lang: не список языков Tesseract: rus;eng\n"));
    assertTrue(Run.of("parse", "x.txt", "-f", "pdf").err().startsWith("prikaz: Invalid value for option '--format'"),
        "English stays picocli's");
  }

  /** The JSON's warnings speak the run's language; their codes, which scripts read, do not change. */
  @Test
  void jsonWarningsAreRussianInRussianWithTheSameCodes() throws Exception {
    String order = SAMPLES.resolveSibling("parser/src/test/resources/variants")
        .resolve("khabarovsk-2015-5976-fixed-width.txt").toString();
    var english = prikaz.app.export.JsonExporter.mapper().readTree(Run.of("parse", order).out()).get("warnings");
    var russian = prikaz.app.export.JsonExporter.mapper().readTree(Run.of("parse", order, "--lang", "ru").out())
        .get("warnings");
    assertEquals(english.size(), russian.size());
    assertTrue(english.size() > 0);
    for (int i = 0; i < english.size(); i++) {
      assertEquals(english.get(i).get("code"), russian.get(i).get("code"));
      String message = russian.get(i).get("message").asText();
      assertTrue(message.matches("(?s)[^A-Za-z]*"), "no English: " + message);
    }
    var conflict = russian.findParents("code").stream()
        .filter(w -> w.get("code").asText().equals("INNER_DEADLINE_CONFLICT")).findFirst().orElseThrow();
    assertTrue(conflict.get("message").asText().startsWith("в мероприятии сказано «до 10 февраля 2016 года» (10.02.2016)"),
        conflict.toString());
    assertTrue(conflict.get("where").asText().startsWith("план 1, "), conflict.toString());
    String line = Run.of("parse", order, "--lang", "ru", "-f", "jsonl").out();
    assertTrue(line.contains("\"в мероприятии сказано «до 10 февраля 2016 года»"), line);
  }

  private static java.util.List<CommandLine> all(CommandLine cli) {
    java.util.List<CommandLine> commands = new java.util.ArrayList<>();
    commands.add(cli);
    for (CommandLine sub : cli.getSubcommands().values()) {
      commands.addAll(all(sub));
    }
    return commands;
  }

  private static Set<String> keys(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CliLanguageTest.class.getResourceAsStream("/prikaz/app/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  /** Numbered footer lines may differ in number: a language wraps where its words fall. */
  private static Set<String> strip(Set<String> keys) {
    return keys.stream().map(k -> k.replaceAll("\\.footer\\.\\d+$", ".footer")).collect(Collectors.toCollection(TreeSet::new));
  }
}
