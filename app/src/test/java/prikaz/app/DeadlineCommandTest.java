package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code prikaz deadline}: one phrase, stdin lines to JSON Lines, the context options, errors and exit codes. */
class DeadlineCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Run withStdin(String input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return Run.of(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void onePhraseIsTheDeadlineObjectOfTheResult() throws Exception {
    Run run = Run.of("deadline", "октябрь-ноябрь 2021");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    assertEquals("{\n  \"text\": \"октябрь-ноябрь 2021\",\n  \"kind\": \"range\",\n  \"start\": \"2021-10-01\",\n"
        + "  \"end\": \"2021-11-30\",\n  \"recurrence\": null,\n  \"yearInferred\": false\n}\n", run.out());
  }

  @Test
  void thePeriodPlacesAMonthWithoutAYear() throws Exception {
    JsonNode d = JSON.readTree(Run.of("deadline", "до 15 апреля", "--period", "2023-2024 учебный год").out());
    assertEquals("by", d.get("kind").asText());
    assertTrue(d.get("start").isNull());
    assertEquals("2024-04-15", d.get("end").asText());
    assertTrue(d.get("yearInferred").asBoolean());

    JsonNode saturday = JSON.readTree(Run.of("deadline", "9 (суббота)", "--period", "март 2024 года").out());
    assertEquals("2024-03-09", saturday.get("start").asText());
  }

  @Test
  void theOrderDateGivesTwelveMonthsWithoutAPeriod() throws Exception {
    Run run = Run.of("deadline", "февраль", "--date", "2021-10-05", "--compact");
    assertEquals("{\"text\":\"февраль\",\"kind\":\"range\",\"start\":\"2022-02-01\",\"end\":\"2022-02-28\","
        + "\"recurrence\":null,\"yearInferred\":true}\n", run.out());
  }

  @Test
  void anAnchoredRecurrenceKeepsItsAnchor() throws Exception {
    JsonNode d = JSON.readTree(Run.of("deadline", "ежемесячно, до 10 числа месяца, следующего за отчетным",
        "--period", "2023 год").out());
    assertEquals("recurring", d.get("kind").asText());
    assertEquals("2023-01-01", d.get("start").asText());
    assertEquals("2023-12-31", d.get("end").asText());
    assertEquals("month", d.get("recurrence").get("every").asText());
    assertEquals("до 10 числа месяца, следующего за отчетным", d.get("recurrence").get("anchor").asText());
  }

  @Test
  void stdinGivesALineOfJsonForEveryLine() throws Exception {
    Run run = withStdin("\uFEFFсентябрь\r\n\r\n31.06.2023\nс 3 по 9 октября\n", "deadline", "-", "--period", "2023 год");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(4, lines.size(), run.out());
    assertEquals("2023-09-01", JSON.readTree(lines.get(0)).get("start").asText());
    assertEquals("сентябрь", JSON.readTree(lines.get(0)).get("text").asText());
    assertEquals("unknown", JSON.readTree(lines.get(1)).get("kind").asText());
    assertEquals("", JSON.readTree(lines.get(1)).get("text").asText());
    assertEquals("unknown", JSON.readTree(lines.get(2)).get("kind").asText());
    assertEquals("2023-10-09", JSON.readTree(lines.get(3)).get("end").asText());
    assertEquals("prikaz: stdin:3: «31.06.2023»: no such date in the calendar; kind unknown\n", run.err());
  }

  @Test
  void anImpossibleDateWarnsInTheLanguageAsked() {
    Run run = Run.of("deadline", "до 30.02.2024", "--lang", "ru");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("\"kind\": \"unknown\""), run.out());
    assertEquals("prikaz: «до 30.02.2024»: такой даты нет в календаре; вид unknown\n", run.err());
  }

  @Test
  void badOptionsAreUsageErrors() {
    Run period = Run.of("deadline", "май", "--period", "на будущее");
    assertEquals(Cli.USAGE, period.exit());
    assertEquals("", period.out());
    assertTrue(period.err().startsWith("prikaz: --period: no period in 'на будущее'"), period.err());
    assertTrue(period.err().endsWith("Try 'prikaz deadline --help' for more information.\n"), period.err());

    Run date = Run.of("deadline", "май", "--date", "05.10.2021", "--lang", "ru");
    assertEquals(Cli.USAGE, date.exit());
    assertTrue(date.err().startsWith("prikaz: --date: '05.10.2021' — не дата (ГГГГ-ММ-ДД)\n"), date.err());

    Run missing = Run.of("deadline");
    assertEquals(Cli.USAGE, missing.exit());
  }

  @Test
  void helpNamesTheOptionsInBothLanguages() {
    Run english = Run.of("deadline", "--help");
    assertEquals(0, english.exit());
    assertTrue(english.out().contains("--period=PERIOD"), english.out());
    assertTrue(english.out().contains("Exit codes: 0 read, 1 stdin or stdout failed, 2 usage error."), english.out());
    Run russian = Run.of("deadline", "--help", "--lang", "ru");
    assertTrue(russian.out().contains("Дата приказа (ГГГГ-ММ-ДД)"), russian.out());
  }
}
