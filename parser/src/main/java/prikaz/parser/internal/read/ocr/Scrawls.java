package prikaz.parser.internal.read.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Words that are not print: a signature or a pen stroke beside a printed line comes back from OCR
 * as words it is very unsure of («“АА МЛМ» after «Начальник управления образования»), which would
 * become part of the signatory's position. On each line of the page outside the tables, the words
 * under {@value #SCRAWL} confidence at the end of the line, after a gap wider than a space, are
 * left out when the line keeps a word OCR is sure of; a line that is all doubt is kept for the
 * header's own confidence check to judge.
 */
final class Scrawls {
  /** Tesseract's confidence (0–100) under which a word is taken for a pen stroke. */
  static final double SCRAWL = 40;
  /** Sure of a word: at least this. */
  private static final double SURE = 80;
  /** A gap wider than this share of the line's height is more than a space. */
  private static final double GAP = 0.8;

  private Scrawls() {}

  /**
   * The words less lone marks OCR is unsure of: one character that is no letter, digit, dash or
   * «№», under {@value #SCRAWL} confidence («°», «'», «|» read from a speck of dust or what is left
   * of a stamp's line beside a header cell's word). A dash stands for «none» in a cell, and «№»
   * heads the number column.
   */
  static List<Hocr.PixelWord> withoutSpecks(List<Hocr.PixelWord> words) {
    List<Hocr.PixelWord> kept = new ArrayList<>(words.size());
    for (Hocr.PixelWord word : words) {
      String text = word.text();
      boolean mark = text.codePointCount(0, text.length()) == 1 && !Character.isLetterOrDigit(text.codePointAt(0))
          && "-–—№".indexOf(text.charAt(0)) < 0;
      if (!(mark && word.confidence() < SCRAWL)) {
        kept.add(word);
      }
    }
    return kept;
  }

  static List<Hocr.PixelWord> drop(List<Hocr.PixelWord> words) {
    List<List<Hocr.PixelWord>> lines = new ArrayList<>();
    List<Hocr.PixelWord> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Hocr.PixelWord::baseline).thenComparingInt(Hocr.PixelWord::x0));
    for (Hocr.PixelWord word : sorted) {
      List<Hocr.PixelWord> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && Math.abs(word.baseline() - last.get(0).baseline()) <= Math.max(1, word.size()) * 0.5) {
        last.add(word);
      } else {
        List<Hocr.PixelWord> line = new ArrayList<>();
        line.add(word);
        lines.add(line);
      }
    }
    List<Hocr.PixelWord> kept = new ArrayList<>(words.size());
    for (List<Hocr.PixelWord> line : lines) {
      line.sort(Comparator.comparingInt(Hocr.PixelWord::x0));
      int end = line.size();
      while (end > 0 && line.get(end - 1).confidence() < SCRAWL) {
        end--;
      }
      boolean sure = line.subList(0, end).stream().anyMatch(w -> w.confidence() >= SURE);
      boolean apart = end > 0 && end < line.size()
          && line.get(end).x0() - line.get(end - 1).x1() > GAP * Math.max(1, line.get(end).size());
      kept.addAll(sure && apart ? line.subList(0, end) : line);
    }
    return kept;
  }
}
