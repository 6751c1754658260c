package prikaz.parser.internal.deadline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Period;

/**
 * Every row of {@code deadlines.psv}: a phrase, the context it is read in, and the exact kind,
 * start, end, yearInferred and recurrence expected. Run under three default locales.
 */
class DeadlineTableTest {

  static DeadlineContext context(String key) {
    int section = key.indexOf(':');
    if (section > 0) {
      return context(key.substring(0, section)).inSection(key.substring(section + 1));
    }
    return switch (key) {
      case "ay" -> new DeadlineContext(
          new Period("2022-2023 учебный год", LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)), null);
      case "ay20" -> new DeadlineContext(
          new Period("2020-2021 уч. год", LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31)), null);
      case "cy" -> new DeadlineContext(
          new Period("2023 год", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), LocalDate.of(2023, 1, 10));
      case "m24" -> new DeadlineContext(
          new Period("март 2024 года", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)), LocalDate.of(2024, 2, 20));
      case "d23" -> new DeadlineContext(
          new Period("декабрь 2023 года", LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)), null);
      case "order" -> new DeadlineContext(null, LocalDate.of(2022, 6, 29));
      case "none" -> DeadlineContext.NONE;
      default -> throw new IllegalArgumentException("unknown context " + key);
    };
  }

  static List<String[]> rows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = DeadlineTableTest.class.getResourceAsStream("/deadlines.psv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        cells[1] = cells[1].replace("\\n", "\n");
        rows.add(cells);
      }
    }
    return rows;
  }

  static Stream<Arguments> phrases() throws IOException {
    List<Arguments> arguments = new ArrayList<>();
    for (String locale : List.of("ru", "en", "tr")) {
      for (String[] row : rows()) {
        arguments.add(Arguments.of(locale, row[0], row[1], row));
      }
    }
    return arguments.stream();
  }

  @Test
  void theTableHasEnoughPhrases() throws IOException {
    assertTrue(rows().size() >= 120, "rows: " + rows().size());
  }

  @ParameterizedTest(name = "[{0}] {1}: {2}")
  @MethodSource("phrases")
  void phraseNormalizes(String locale, String contextKey, String text, String[] row) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(locale));
    try {
      Deadline d = DeadlineParser.parse(text, context(contextKey));
      String recurrence = d.recurrence() == null ? ""
          : d.recurrence().every() + ":" + String.join(",", d.recurrence().months().stream().map(String::valueOf).toList())
              + (d.recurrence().anchor() == null ? "" : "@" + d.recurrence().anchor());
      assertAll(
          () -> assertEquals(text, d.text(), "text kept"),
          () -> assertEquals(row[2], d.kind().name(), "kind"),
          () -> assertEquals(row[3], d.start() == null ? "" : d.start().toString(), "start"),
          () -> assertEquals(row[4], d.end() == null ? "" : d.end().toString(), "end"),
          () -> assertEquals(Boolean.parseBoolean(row[5]), d.yearInferred(), "yearInferred"),
          () -> assertEquals(row.length > 6 ? row[6] : "", recurrence, "recurrence"));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
