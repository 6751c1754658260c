package prikaz.parser.internal.read.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import prikaz.parser.DocumentException;

/**
 * The cells of a narrow «№» column read again where the Russian model is unsure of them: it
 * prefers letters to digits («Е» for «3», «й,» for «7.»).
 */
final class NumberCells {
  /** A column this narrow holds item numbers. */
  static final double NUMBER_COLUMN_INCH = 0.7;
  /** A word read with less confidence than this is doubtful. */
  static final double DOUBTFUL = 70;
  /**
   * Doubtful numbers are read again as a block of lines (Tesseract's page segmentation mode 6), not
   * as one line (7): a strip cut around a word, or a narrow cell, may hold more than one line (a
   * number's dot wrapped under it, the next row's number), and read as one line the digits of a
   * low-resolution scan come out as nothing or lose a digit («12.» as «», «14» as «4»).
   */
  static final int DIGITS_PSM = 6;

  private NumberCells() {}

  /**
   * Cells of a narrow column (a «№» column) on one line that OCR read as a short doubtful word («Е» for «3»,
   * «й,» for «7.»: the language model prefers letters) are read again as digits only, as a block
   * ({@link #DIGITS_PSM}), with the English model (the Russian one, told to read digits only, reads
   * nothing); the digits replace the word when Tesseract is surer of them.
   */
  static void reread(Ocr.CellReader reader, List<CellFinder.Box> cells, List<List<Hocr.PixelWord>> read)
      throws IOException, DocumentException, InterruptedException {
    List<Integer> doubtful = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      List<Hocr.PixelWord> cell = read.get(i);
      String text = cell.stream().map(Hocr.PixelWord::text).reduce("", String::concat);
      if (cells.get(i).width() <= NUMBER_COLUMN_INCH * reader.image.dpi && !text.isEmpty() && text.length() <= 6
          && !text.matches("[0-9.]+") && confidence(cell) < DOUBTFUL && !isTall(cell)) {
        doubtful.add(i);
      }
    }
    if (doubtful.isEmpty()) {
      return;
    }
    List<List<Hocr.PixelWord>> digits = reader.read(doubtful.stream().map(cells::get).toList(), reader.latinModel(),
        DIGITS_PSM, "tessedit_char_whitelist=0123456789.");
    for (int k = 0; k < doubtful.size(); k++) {
      List<Hocr.PixelWord> again = digits.get(k);
      int i = doubtful.get(k);
      if (!again.isEmpty() && confidence(again) > confidence(read.get(i))) {
        read.set(i, again);
      }
    }
  }

  /**
   * A narrow column read as one tall cell (its row borders lost, see {@link LostBorders}) holds a
   * number per row: each short doubtful word in it (digits too: «13.» with its dot wrapped below
   * is read «19» unsure) is read again as {@link #reread} reads a cell, on a strip of the column
   * as high as the word.
   */
  static void rereadLines(Ocr.CellReader reader, List<CellFinder.Box> cells,
      List<List<Hocr.PixelWord>> read) throws IOException, DocumentException, InterruptedException {
    List<int[]> doubtful = new ArrayList<>(); // {cell, word}
    List<CellFinder.Box> strips = new ArrayList<>();
    int margin = (int) Math.round(0.02 * reader.image.dpi);
    for (int i = 0; i < cells.size(); i++) {
      CellFinder.Box cell = cells.get(i);
      List<Hocr.PixelWord> words = read.get(i);
      if (cell.width() > NUMBER_COLUMN_INCH * reader.image.dpi || !isTall(words)) {
        continue;
      }
      for (int k = 0; k < words.size(); k++) {
        Hocr.PixelWord w = words.get(k);
        if (w.text().length() <= 6 && (w.confidence() < DOUBTFUL || w.text().matches("[0-9]+,"))) {
          int y0 = Math.max(cell.y0(), cell.y0() - reader.pad + w.y0() - margin);
          int y1 = Math.min(cell.y1(), cell.y0() - reader.pad + w.y1() + margin);
          if (y1 > y0) {
            doubtful.add(new int[] {i, k, y0});
            strips.add(new CellFinder.Box(cell.x0(), y0, cell.x1(), y1));
          }
        }
      }
    }
    if (strips.isEmpty()) {
      return;
    }
    List<List<Hocr.PixelWord>> digits = reader.read(strips, reader.latinModel(), DIGITS_PSM,
        "tessedit_char_whitelist=0123456789.");
    for (int d = doubtful.size() - 1; d >= 0; d--) {
      // The strip may hold a piece of the line below (the dot of a number wrapped in the narrow
      // column): only the words with digits count.
      List<Hocr.PixelWord> again = digits.get(d).stream().filter(w -> w.text().matches(".*[0-9].*")).toList();
      int i = doubtful.get(d)[0];
      int k = doubtful.get(d)[1];
      Hocr.PixelWord old = read.get(i).get(k);
      boolean comma = old.text().matches("[0-9]+,") && again.size() == 1 && again.get(0).text().matches("[0-9]+\\.")
          && again.get(0).confidence() >= DOUBTFUL;
      if (again.size() == 1 && (comma || again.get(0).confidence() > old.confidence())) {
        Hocr.PixelWord a = again.get(0);
        int dy = doubtful.get(d)[2] - cells.get(i).y0(); // the strip's offset in the cell's image
        List<Hocr.PixelWord> fixed = new ArrayList<>(read.get(i));
        fixed.set(k, new Hocr.PixelWord(a.text(), a.x0(), a.y0() + dy, a.x1(), a.y1() + dy, a.baseline() + dy, a.size(),
            a.confidence()));
        read.set(i, fixed);
      }
    }
  }

  /**
   * In a narrow number column «15,» is «15.» and «1,1.5,» is «1.1.5.»: Tesseract takes a dot of a
   * row number for a comma.
   */
  static void dots(List<CellFinder.Box> cells, List<List<Hocr.PixelWord>> read, double dpi) {
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).width() <= NUMBER_COLUMN_INCH * dpi) {
        read.set(i, read.get(i).stream().map(w -> w.text().matches("[1-9][0-9]{0,2}+(?:[.,][1-9][0-9]{0,2}+)*+[.,]") && w.text().contains(",")
            ? new Hocr.PixelWord(w.text().replace(',', '.'), w.x0(), w.y0(), w.x1(), w.y1(), w.baseline(), w.size(),
                w.confidence())
            : w).toList());
      }
    }
  }

  /**
   * Whether a cell's words stand on more than one line: such a cell is read again word by word
   * ({@link #rereadLines}), never as a whole, which would trade its numbers for whatever one
   * reading of the whole column makes of them.
   */
  private static boolean isTall(List<Hocr.PixelWord> words) {
    return words.stream().map(Hocr.PixelWord::y0).distinct().count() >= 2;
  }

  private static double confidence(List<Hocr.PixelWord> words) {
    return words.stream().mapToDouble(Hocr.PixelWord::confidence).min().orElse(-1);
  }
}
