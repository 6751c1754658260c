package prikaz.parser.internal.read.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Tesseract's hOCR output read into words with boxes: each {@code ocrx_word} with its
 * {@code bbox} and {@code x_wconf}, its base line and letter size from the line it is on
 * ({@code baseline} slope and offset from the line box's bottom left, {@code x_size}).
 */
final class Hocr {
  /** A word in image pixels; {@code size} is the line's letter height, {@code confidence} 0–100. */
  record PixelWord(String text, int x0, int y0, int x1, int y1, double baseline, double size, double confidence) {}

  /** Spaces and zero-width characters: a word has none. */
  private static final java.util.regex.Pattern INVISIBLE =
      java.util.regex.Pattern.compile("[\\s\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]+");
  /** A gap between letters this large against the letter size is a space. */
  private static final double SPACE = 0.2;
  private static final String LINES = "span.ocr_line, span.ocr_textfloat, span.ocr_header, span.ocr_caption";

  private Hocr() {}

  /** The words of each {@code ocr_page} (one per image read), in order. */
  static List<List<PixelWord>> pages(String hocr) {
    Document document = Jsoup.parse(hocr, "", Parser.xmlParser());
    List<List<PixelWord>> pages = new ArrayList<>();
    for (Element page : document.select("div.ocr_page")) {
      pages.add(words(page));
    }
    return pages;
  }

  static List<PixelWord> words(String hocr) {
    return words(Jsoup.parse(hocr, "", Parser.xmlParser()));
  }

  private static List<PixelWord> words(Element root) {
    List<PixelWord> words = new ArrayList<>();
    for (Element line : root.select(LINES)) {
      Map<String, String> lineTitle = title(line);
      int[] lineBox = box(lineTitle.get("bbox"));
      if (lineBox == null) {
        continue;
      }
      double slope = 0;
      double offset = 0;
      String[] baseline = split(lineTitle.get("baseline"));
      if (baseline.length == 2) {
        slope = number(baseline[0], 0);
        offset = number(baseline[1], 0);
      }
      double size = number(lineTitle.get("x_size"), lineBox[3] - lineBox[1]);
      for (Element word : line.select("span.ocrx_word")) {
        String text = INVISIBLE.matcher(word.text()).replaceAll("");
        Map<String, String> wordTitle = title(word);
        int[] box = box(wordTitle.get("bbox"));
        if (text.isEmpty() || box == null) {
          continue;
        }
        double confidence = number(wordTitle.get("x_wconf"), -1);
        List<int[]> parts = parts(word, text, box, size);
        for (int[] part : parts) {
          double centre = (part[1] + part[3]) / 2.0;
          double base = lineBox[3] + offset + slope * (centre - lineBox[0]);
          if (base > box[3] + size / 2 || base < box[1]) {
            // A «line» of words stacked one over another (a narrow column read as one block):
            // each word stands on its own bottom, not on the line's.
            base = box[3];
          }
          words.add(new PixelWord(text.substring(part[0], part[5]), part[1], box[1], part[3], box[3], base, size,
              parts.size() > 1 ? letterConfidence(word, part[0], part[5], confidence) : confidence));
        }
      }
    }
    return words;
  }

  /**
   * The confidence of letters {@code from} to {@code to} of a word that was cut: the least of
   * theirs ({@code x_conf}), as Tesseract's word confidence is its least sure letter's, so that a
   * name joined to a stray mark («Петров_») keeps its own; the word's when they give none.
   */
  private static double letterConfidence(Element word, int from, int to, double whole) {
    List<Element> letters = word.select("span.ocrx_cinfo");
    double least = Double.MAX_VALUE;
    for (int i = from; i < to && i < letters.size(); i++) {
      double letter = number(title(letters.get(i)).get("x_conf"), -1);
      if (letter < 0) {
        return whole;
      }
      least = Math.min(least, letter);
    }
    return least == Double.MAX_VALUE ? whole : least;
  }

  /**
   * The word cut where its letters stand a space apart: Tesseract joins two capitals-only words
   * with a narrow space («УМО ИМЦ» read as «УМОИМЦ»). Needs the character boxes ({@code
   * hocr_char_boxes}); a gap of {@value #SPACE} of the letter size and three times the word's usual
   * gap between letters is a space. Each part: {from, x0, y0, x1, y1, to}.
   */
  private static List<int[]> parts(Element word, String text, int[] box, double size) {
    List<Element> letters = word.select("span.ocrx_cinfo");
    List<int[]> whole = List.of(new int[] {0, box[0], box[1], box[2], box[3], text.length()});
    if (letters.size() < 2 || letters.size() != text.length()) {
      return whole;
    }
    int[][] boxes = new int[letters.size()][];
    for (int i = 0; i < boxes.length; i++) {
      boxes[i] = box(title(letters.get(i)).get("x_bboxes"));
      if (boxes[i] == null || !letters.get(i).text().equals(text.substring(i, i + 1))) {
        return whole;
      }
    }
    int[] gaps = new int[boxes.length - 1];
    for (int i = 1; i < boxes.length; i++) {
      gaps[i - 1] = boxes[i][0] - boxes[i - 1][2];
      if (gaps[i - 1] < -2) {
        // Letter boxes that overlap or run backwards: the LSTM placed them roughly; do not cut on them.
        return whole;
      }
    }
    int[] sorted = gaps.clone();
    java.util.Arrays.sort(sorted);
    double usual = Math.max(1, sorted[sorted.length / 2]);
    List<int[]> parts = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= boxes.length; i++) {
      if (i == boxes.length || gaps[i - 1] >= SPACE * size && gaps[i - 1] >= 3 * usual) {
        parts.add(new int[] {from, boxes[from][0], box[1], boxes[i - 1][2], box[3], i});
        from = i;
      }
    }
    return parts;
  }

  /** «bbox 1 2 3 4; x_wconf 96» → {bbox: "1 2 3 4", x_wconf: "96"}. */
  private static Map<String, String> title(Element element) {
    Map<String, String> properties = new HashMap<>();
    for (String part : element.attr("title").split(";")) {
      String p = part.strip();
      int space = p.indexOf(' ');
      if (space > 0) {
        properties.put(p.substring(0, space), p.substring(space + 1).strip());
      }
    }
    return properties;
  }

  private static int[] box(String value) {
    String[] parts = split(value);
    if (parts.length != 4) {
      return null;
    }
    int[] box = new int[4];
    for (int i = 0; i < 4; i++) {
      box[i] = (int) number(parts[i], Double.NaN);
    }
    return box[2] >= box[0] && box[3] >= box[1] ? box : null;
  }

  private static String[] split(String value) {
    return value == null ? new String[0] : value.strip().split("\\s+");
  }

  private static double number(String value, double otherwise) {
    if (value == null) {
      return otherwise;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
