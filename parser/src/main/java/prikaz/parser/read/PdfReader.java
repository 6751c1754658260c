package prikaz.parser.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.model.Warning;
import prikaz.parser.read.positional.Page;
import prikaz.parser.read.positional.PositionalLayout;
import prikaz.parser.read.positional.Ruling;
import prikaz.parser.read.ocr.Ocr;
import prikaz.parser.read.positional.Word;

/**
 * PDF with a text layer, through PDFBox (the version Tika brings): each word with its position and
 * each line drawn on the page, handed to {@link PositionalLayout}, which rebuilds paragraphs and
 * ruled tables. Pages without text that show an image (a scan), and pages whose text layer does
 * not decode (a font without a Unicode map), are rendered and read with {@link Ocr} when OCR is on;
 * with OCR off, a scan is refused with {@link DocumentException.Reason#SCANNED} and a broken text
 * layer is reported with a {@code TEXT_LAYER_BROKEN} warning.
 */
final class PdfReader implements LayoutReader {
  /** Pages past this are not read: no order has them, and each page costs memory. */
  static final int MAX_PAGES = 2000;
  /** A page with fewer visible characters than this is too short to call its text layer broken. */
  private static final int MIN_TEXT_TO_JUDGE = 20;
  private static final double MAX_RENDER_PIXELS = 60e6;

  private final Ocr ocr;

  /** A reader that reads scanned pages with {@code ocr}, or refuses them when it is null. */
  PdfReader(Ocr ocr) {
    this.ocr = ocr;
  }

  @Override
  public Result read(byte[] content) throws DocumentException {
    // Scratch buffers go to temporary files, not the heap, so a large PDF stays in bounded memory.
    try (PDDocument document = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      int pageCount = document.getNumberOfPages();
      if (pageCount > MAX_PAGES) {
        throw new DocumentException(DocumentException.Reason.TOO_LARGE, pageCount + " pages (at most " + MAX_PAGES + ")");
      }
      List<Page> pages = new ArrayList<>(pageCount);
      boolean[] images = new boolean[pageCount];
      for (int p = 0; p < pageCount; p++) {
        PDPage page = document.getPage(p);
        RulingCollector rulings = new RulingCollector(page, p + 1);
        rulings.processPage(page);
        images[p] = rulings.images;
        WordCollector words = new WordCollector(p + 1);
        words.setStartPage(p + 1);
        words.setEndPage(p + 1);
        words.getText(document);
        PDRectangle box = page.getCropBox();
        pages.add(new Page(p + 1, box.getWidth(), box.getHeight(), words.words, rulings.rulings));
      }
      List<String> texts = pages.stream().map(PdfReader::pageText).toList();
      List<Integer> toRead = pagesForOcr(texts, images);
      if (!toRead.isEmpty()) {
        return new Result(PositionalLayout.build(readWithOcr(document, pages, toRead)), null, List.of(), true);
      }
      String text = String.join("", texts);
      if (text.isBlank()) {
        boolean scanned = false;
        for (boolean image : images) {
          scanned |= image;
        }
        throw new DocumentException(DocumentException.Reason.SCANNED, scanned
            ? "the PDF holds page images and no text layer; "
                + (ocr == null ? "OCR is needed to read it" : "OCR is turned off")
            : "the PDF has no text");
      }
      List<Warning> warnings = new ArrayList<>();
      if (isBroken(text)) {
        warnings.add(new Warning("TEXT_LAYER_BROKEN",
            "the PDF's text layer does not decode to readable letters (a font without a Unicode map); "
                + "the result is unreliable, OCR the scan instead", null));
      }
      return new Result(PositionalLayout.build(pages), null, warnings);
    } catch (InvalidPasswordException e) {
      throw new DocumentException(DocumentException.Reason.ENCRYPTED, "the PDF is password-protected", e);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, Readers.describe(e), e);
    }
  }

  /**
   * The pages (0-based) OCR reads: all of them when asked to; otherwise those without text that
   * show an image (a scan) and those whose text layer does not decode.
   */
  private List<Integer> pagesForOcr(List<String> texts, boolean[] images) {
    List<Integer> chosen = new ArrayList<>();
    if (ocr == null || ocr.mode() == OcrMode.NEVER) {
      return chosen;
    }
    for (int p = 0; p < texts.size(); p++) {
      String text = texts.get(p);
      boolean scanned = text.isBlank() && images[p];
      boolean broken = text.strip().length() >= MIN_TEXT_TO_JUDGE && isBroken(text);
      if (ocr.mode() == OcrMode.ALWAYS || scanned || broken) {
        chosen.add(p);
      }
    }
    return chosen;
  }

  /** The pages with those in {@code toRead} replaced by what OCR read from their rendered image. */
  private List<Page> readWithOcr(PDDocument document, List<Page> pages, List<Integer> toRead) throws DocumentException {
    PDFRenderer renderer = new PDFRenderer(document);
    renderer.setSubsamplingAllowed(false);
    List<Page> read = ocr.read(toRead.size(), i -> {
      int index = toRead.get(i);
      PDRectangle box = document.getPage(index).getCropBox();
      // A page far larger than A3 is rendered at a lower resolution, to keep one image under ~60 MP.
      double inches = box.getWidth() / 72.0 * box.getHeight() / 72.0;
      float dpi = (float) Math.min(Ocr.DPI, Math.sqrt(MAX_RENDER_PIXELS / Math.max(inches, 1e-6)));
      return new Ocr.PageImage(index + 1, renderer.renderImageWithDPI(index, dpi, ImageType.GRAY), dpi);
    });
    List<Page> merged = new ArrayList<>(pages);
    for (int i = 0; i < toRead.size(); i++) {
      merged.set(toRead.get(i), read.get(i));
    }
    return merged;
  }

  /** A page's words, each followed by a space. */
  private static String pageText(Page page) {
    StringBuilder text = new StringBuilder();
    for (Word word : page.words()) {
      text.append(word.text()).append(' ');
    }
    return text.toString();
  }

  /**
   * A text layer is broken when few of its characters are letters or digits of any script (glyph
   * codes mapped to «?», «□», U+FFFD or private-use characters), or when a document with almost no
   * Cyrillic is full of Latin-1 accented letters (the mojibake of a cp1251 font read as Latin).
   */
  static boolean isBroken(String text) {
    int visible = 0;
    int junk = 0;
    int cyrillic = 0;
    int latin1 = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || Character.isWhitespace(c)) {
        continue;
      }
      visible++;
      // Plain range checks: this runs over every character of every page.
      if (c == '?' || c == '\uFFFD' || c == '□' || c == '■' || c >= '\uE000' && c <= '\uF8FF' || c < ' '
          || c >= '\u007F' && c <= '\u009F') {
        junk++;
      }
      if (Character.isLetter(c)) {
        letters++;
        if (c >= '\u0400' && c <= '\u04FF') {
          cyrillic++;
        } else if (c >= '\u00C0' && c <= '\u00FF') {
          latin1++;
        }
      }
    }
    if (visible == 0) {
      return false;
    }
    return junk * 5 > visible || letters > 20 && cyrillic * 10 < letters && latin1 * 3 > letters;
  }

  /** Each word of one page with its box, from PDFBox's text extraction. */
  private static final class WordCollector extends PDFTextStripper {
    final List<Word> words = new ArrayList<>();
    private final int page;

    WordCollector(int page) {
      this.page = page;
      setSortByPosition(true);
      setSuppressDuplicateOverlappingText(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      // PDFBox calls this once per word; a «word» may still hold spaces it could not split on.
      int start = 0;
      for (int i = 0; i <= positions.size(); i++) {
        boolean space = i < positions.size() && positions.get(i).getUnicode().isBlank();
        if (i == positions.size() || space) {
          if (i > start) {
            add(positions.subList(start, i));
          }
          start = i + 1;
        }
      }
    }

    private void add(List<TextPosition> glyphs) {
      StringBuilder text = new StringBuilder();
      double x0 = Double.MAX_VALUE;
      double x1 = -Double.MAX_VALUE;
      double baseline = -Double.MAX_VALUE;
      double size = 0;
      for (TextPosition glyph : glyphs) {
        text.append(glyph.getUnicode());
        x0 = Math.min(x0, glyph.getXDirAdj());
        x1 = Math.max(x1, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        baseline = Math.max(baseline, glyph.getYDirAdj());
        size = Math.max(size, glyph.getFontSizeInPt() > 0 ? glyph.getFontSizeInPt() : glyph.getHeightDir());
      }
      String clean = LayoutBuilder.clean(text.toString());
      if (!clean.isEmpty()) {
        size = Math.max(size, 1);
        words.add(new Word(clean, page, x0, baseline - size * 0.75, Math.max(x0, x1), baseline, size));
      }
    }
  }

  /**
   * The straight lines a page draws: stroked paths and thin filled rectangles (how most writers
   * draw table borders), in points from the top-left corner.
   */
  private static final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this is a line. */
    private static final double THIN = 2.5;

    final List<Ruling> rulings = new ArrayList<>();
    boolean images;
    private final int page;
    private final double left;
    private final double top;
    private final List<double[]> segments = new ArrayList<>();
    private final List<double[]> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Double();
    private Point2D start = new Point2D.Double();

    RulingCollector(PDPage page, int number) {
      super(page);
      this.page = number;
      this.left = page.getCropBox().getLowerLeftX();
      this.top = page.getCropBox().getUpperRightY();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      rectangles.add(new double[] {
          Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX())),
          Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY())),
          Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX())),
          Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()))});
      current = p0;
      start = p0;
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
      start = current;
    }

    @Override
    public void lineTo(float x, float y) {
      segments.add(new double[] {current.getX(), current.getY(), x, y});
      current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {
      segments.add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
      current = start;
    }

    @Override
    public void endPath() {
      segments.clear();
      rectangles.clear();
    }

    @Override
    public void strokePath() {
      for (double[] s : segments) {
        line(s[0], s[1], s[2], s[3]);
      }
      for (double[] r : rectangles) {
        line(r[0], r[1], r[2], r[1]);
        line(r[0], r[3], r[2], r[3]);
        line(r[0], r[1], r[0], r[3]);
        line(r[2], r[1], r[2], r[3]);
      }
      endPath();
    }

    @Override
    public void fillPath(int windingRule) {
      for (double[] r : rectangles) {
        double width = r[2] - r[0];
        double height = r[3] - r[1];
        if (height <= THIN && width > height) {
          line(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
        } else if (width <= THIN && height > width) {
          line((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
        }
      }
      endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void drawImage(PDImage image) {
      images = true;
    }

    // Text is read by the word collector: skipping it here saves decoding every glyph twice
    // (measured: a third of the PDF reader's time).
    @Override
    public void showTextString(byte[] string) {
      // Text draws no ruling lines.
    }

    @Override
    public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
      // Text draws no ruling lines.
    }

    @Override
    public void clip(int windingRule) {
      // Clipping does not draw.
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // Shading does not draw lines.
    }

    /** Keeps horizontal and vertical segments, in top-left coordinates. */
    private void line(double x0, double y0, double x1, double y1) {
      if (Math.abs(y1 - y0) < 1 || Math.abs(x1 - x0) < 1) {
        rulings.add(new Ruling(page, x0 - left, top - y0, x1 - left, top - y1));
      }
    }
  }
}
