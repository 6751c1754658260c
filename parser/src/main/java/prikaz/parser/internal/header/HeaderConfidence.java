package prikaz.parser.internal.header;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import prikaz.parser.model.Header;
import prikaz.parser.model.Location;
import prikaz.parser.model.Warning;

/**
 * The order's date, number and title as OCR read them, checked against OCR's confidence in the
 * lines they came from, as plan cells are. A handwritten date and number («от 14.10.2020 № 218»
 * filled in by pen) come back from OCR as garbage that reads like a field («№Пл» for «№ 218»):
 * a field read from a line OCR was unsure of (under {@value #DOUBTFUL}) is left empty and a {@code
 * LOW_CONFIDENCE_HEADER} warning names it and the text to compare with the paper. Unsure lines at
 * the start or the end of the title are cut from it; a title made of nothing else is left empty.
 */
public final class HeaderConfidence {
  /** Below this OCR confidence a header line is not trusted. */
  public static final double DOUBTFUL = 0.60;

  /** A doubtful line of at most this many words is a misread date, number or scrawl, not text. */
  private static final int SHORT_LINE_WORDS = 4;
  /** A doubtful line of at most this many words with «№» in it is a date and number field. */
  private static final int FIELD_LINE_WORDS = 8;

  /** The header with its doubtful fields emptied, and a warning for each. */
  public record Result(Header header, List<Warning> warnings) {}

  private HeaderConfidence() {}

  /**
   * The opening without its short lines OCR was unsure of: a date or number written in by hand, a
   * scrawl read as «№Пл», which would otherwise be taken for the title or the number.
   */
  public static List<OpeningLine> withoutDoubtfulLines(List<OpeningLine> lines) {
    return lines.stream().filter(l -> !doubtfulShort(l)).toList();
  }

  /**
   * A doubtful line that is a misread field or a scrawl: short, or a little longer but holding the
   * number sign of a date and number field filled in by hand («18 сеню 2ОЧ7 № (З2»). The operative
   * word is kept however unsure OCR was of it.
   */
  private static boolean doubtfulShort(OpeningLine line) {
    if (!doubtful(line) || HeadingRules.isOperative(line.text())) {
      return false;
    }
    int words = line.text().strip().split("\\s+").length;
    return words <= SHORT_LINE_WORDS || words <= FIELD_LINE_WORDS && line.text().contains("№");
  }

  /** The left-out line a missing field is to be checked on: the first that holds one of {@code marks}, else {@code fallback}. */
  private static OpeningLine fieldLine(List<OpeningLine> left, String marks, OpeningLine fallback) {
    for (OpeningLine line : left) {
      if (line.text().chars().anyMatch(c -> marks.indexOf(c) >= 0)) {
        return line;
      }
    }
    return fallback;
  }

  /**
   * The header read from {@link #withoutDoubtfulLines} checked against the opening's lines: a
   * field read from a doubtful line is emptied, and a date or number not found where doubtful
   * lines were left out is named, with a {@code LOW_CONFIDENCE_HEADER} warning each.
   */
  public static Result check(Header header, List<OpeningLine> lines) {
    List<Warning> warnings = new ArrayList<>();
    if (lines.stream().noneMatch(l -> l.confidence() >= 0)) {
      return new Result(header, warnings);
    }
    List<OpeningLine> left = lines.stream().filter(HeaderConfidence::doubtfulShort).toList();
    if (!left.isEmpty()) {
      if (header.date() == null) {
        warnings.add(warning("date", fieldLine(left, "№0123456789", left.get(0))));
      }
      if (header.number() == null) {
        warnings.add(warning("number", fieldLine(left, "№", left.get(left.size() - 1))));
      }
    }
    LocalDate date = header.date();
    OpeningLine dateLine = date == null ? null : lineOf(lines, dateMarks(date));
    if (doubtful(dateLine)) {
      warnings.add(warning("date", dateLine));
      date = null;
    }
    String number = header.number();
    OpeningLine numberLine = number == null ? null : dateLine != null && lineOf(List.of(dateLine), List.of(number)) != null
        ? dateLine : lineOf(lines, List.of(number));
    if (doubtful(numberLine)) {
      warnings.add(warning("number", numberLine));
      number = null;
    }
    String title = header.title();
    if (title != null) {
      String cut = title;
      OpeningLine unsure = null;
      for (OpeningLine line : lines) {
        String text = line.text().strip();
        if (doubtful(line) && !text.isEmpty()) {
          if (cut.startsWith(text)) {
            cut = cut.substring(text.length()).strip();
            unsure = line;
          } else if (cut.endsWith(text)) {
            cut = cut.substring(0, cut.length() - text.length()).strip();
            unsure = line;
          }
        }
      }
      if (unsure != null) {
        warnings.add(warning("title", unsure));
        title = cut.isEmpty() ? null : cut;
      }
    }
    if (warnings.isEmpty()) {
      return new Result(header, warnings);
    }
    return new Result(new Header(header.issuer(), header.issuerDetails(), header.docType(), date, number,
        header.place(), title, header.preamble(), header.basis(), header.points(), header.signatory()), warnings);
  }

  private static boolean doubtful(OpeningLine line) {
    return line != null && line.confidence() >= 0 && line.confidence() < DOUBTFUL;
  }

  /** The first line that holds every mark as a word of its own. */
  private static OpeningLine lineOf(List<OpeningLine> lines, List<String> marks) {
    for (OpeningLine line : lines) {
      String text = " " + line.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
      if (marks.stream().allMatch(m -> text.contains(" " + m.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
          .strip() + " "))) {
        return line;
      }
    }
    return null;
  }

  /** What the line of a date shows whatever its form: the day and the year. */
  private static List<String> dateMarks(LocalDate date) {
    return List.of(Integer.toString(date.getYear()));
  }

  private static Warning warning(String field, OpeningLine line) {
    return new Warning(Warning.Code.LOW_CONFIDENCE_HEADER, String.format(Locale.ROOT,
        "OCR is unsure of the header's %s (confidence %.2f): check «%s» against the scan; the field is left empty",
        field, line.confidence(), line.text().strip()), Location.HEADER);
  }
}
