package prikaz.parser.internal.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import prikaz.parser.internal.read.positional.Page;
import prikaz.parser.internal.read.positional.Ruling;
import prikaz.parser.internal.read.positional.Word;

/**
 * Every page's words with their boxes, the straight lines it draws (table borders) and whether it
 * shows an image, in one pass of PDFBox's text extraction over the content: the path operators are
 * added to the text stripper's, so a page's content is parsed once, not once for text and once for
 * lines (measured: the second pass was a sixth of the PDF reader's time).
 */
final class PdfPageCollector extends PDFTextStripper {
  /** A filled rectangle thinner than this is a line. */
  private static final double THIN = 2.5;
  /** The grid of the duplicate-glyph index, in points. */
  private static final float CELL = 2f;
  /**
   * The widest a duplicate check looks, in points (the tolerance of a 72 pt glyph): a hostile text
   * matrix can make a glyph wider than the page by any factor, and the cells searched grow with it.
   */
  private static final float MAX_TOLERANCE = 8f;

  final List<Page> pages = new ArrayList<>();
  final List<Boolean> images = new ArrayList<>();
  /** The pixels of each page's largest image, as its dictionary states them (0: none). */
  final List<Long> imagePixels = new ArrayList<>();

  private int pageNumber;
  private double left;
  private double top;
  private List<Word> words;
  private List<Ruling> rulings;
  private boolean image;
  private long largestImage;
  /** The open path: segments as x0 y0 x1 y1 and rectangles as x0 y0 x1 y1, in device space. */
  private final List<double[]> segments = new ArrayList<>();
  private final List<double[]> rectangles = new ArrayList<>();
  private Point2D current = new Point2D.Double();
  private Point2D start = new Point2D.Double();
  /** Glyphs shown so far on the page by character and grid cell, to drop overprinted copies. */
  private final Map<GlyphCell, List<float[]>> shown = new HashMap<>();

  private record GlyphCell(String unicode, int x, int y) {}

  private PdfPageCollector() throws IOException {
    setSortByPosition(true);
    // PDFTextStripper's own check keeps a sorted tree per character; the grid below does the same
    // test (same character within a third of its width) in constant time per glyph.
    setSuppressDuplicateOverlappingText(false);
    addOperator(new PathOperator(this, "m"));
    addOperator(new PathOperator(this, "l"));
    addOperator(new PathOperator(this, "c"));
    addOperator(new PathOperator(this, "v"));
    addOperator(new PathOperator(this, "y"));
    addOperator(new PathOperator(this, "h"));
    addOperator(new PathOperator(this, "re"));
    for (String paint : List.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n")) {
      addOperator(new PathOperator(this, paint));
    }
    addOperator(new ImageAwareDrawObject(this));
    addOperator(new InlineImage(this));
  }

  /** Reads every page of {@code document}. */
  static PdfPageCollector collect(PDDocument document) throws IOException {
    PdfPageCollector collector = new PdfPageCollector();
    collector.getText(document);
    return collector;
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    pageNumber = pages.size() + 1;
    PDRectangle box = page.getCropBox();
    left = box.getLowerLeftX();
    top = box.getUpperRightY();
    words = new ArrayList<>();
    rulings = new ArrayList<>();
    image = false;
    largestImage = 0;
    segments.clear();
    rectangles.clear();
    shown.clear();
    super.processPage(page);
    pages.add(new Page(pageNumber, box.getWidth(), box.getHeight(), words, rulings));
    images.add(image);
    imagePixels.add(largestImage);
  }

  @Override
  protected void processTextPosition(TextPosition glyph) {
    if (!isDuplicate(glyph)) {
      super.processTextPosition(glyph);
    }
  }

  /**
   * Whether the same character was already shown within a third of its width, horizontally and
   * vertically (how writers fake bold: the text drawn twice, a hair apart), as PDFBox judges it.
   */
  private boolean isDuplicate(TextPosition glyph) {
    String unicode = glyph.getUnicode();
    if (unicode == null || unicode.isEmpty()) {
      return false;
    }
    float x = glyph.getX();
    float y = glyph.getY();
    float tolerance = Math.min(glyph.getWidth() / unicode.length() / 3f, MAX_TOLERANCE);
    if (!Float.isFinite(x) || !Float.isFinite(y) || Math.abs(x) > 1e6f || Math.abs(y) > 1e6f) {
      return false; // off any page: nothing to compare it with
    }
    if (tolerance > 0) {
      for (int cx = cell(x - tolerance); cx <= cell(x + tolerance); cx++) {
        for (int cy = cell(y - tolerance); cy <= cell(y + tolerance); cy++) {
          List<float[]> near = shown.get(new GlyphCell(unicode, cx, cy));
          if (near != null) {
            for (float[] p : near) {
              if (p[0] >= x - tolerance && p[0] < x + tolerance && p[1] >= y - tolerance && p[1] < y + tolerance) {
                return true;
              }
            }
          }
        }
      }
    }
    shown.computeIfAbsent(new GlyphCell(unicode, cell(x), cell(y)), k -> new ArrayList<>(1)).add(new float[] {x, y});
    return false;
  }

  private static int cell(float v) {
    return (int) Math.floor(v / CELL);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    // PDFBox calls this once per word; a «word» may still hold spaces it could not split on.
    int from = 0;
    for (int i = 0; i <= positions.size(); i++) {
      boolean space = i < positions.size() && positions.get(i).getUnicode().isBlank();
      if (i == positions.size() || space) {
        if (i > from) {
          addWord(positions.subList(from, i));
        }
        from = i + 1;
      }
    }
  }

  private void addWord(List<TextPosition> glyphs) {
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
      words.add(new Word(clean, pageNumber, x0, baseline - size * 0.75, Math.max(x0, x1), baseline, size));
    }
  }

  // ---- the path: built by m l c v y h re, painted (or dropped) by S s f F f* B B* b b* n

  private void path(String operator, List<COSBase> operands) {
    switch (operator) {
      case "m" -> {
        if (numbers(operands, 2)) {
          current = transformedPoint(number(operands, 0), number(operands, 1));
          start = current;
        }
      }
      case "l" -> {
        if (numbers(operands, 2)) {
          Point2D to = transformedPoint(number(operands, 0), number(operands, 1));
          segments.add(new double[] {current.getX(), current.getY(), to.getX(), to.getY()});
          current = to;
        }
      }
      case "c" -> {
        if (numbers(operands, 6)) {
          current = transformedPoint(number(operands, 4), number(operands, 5));
        }
      }
      case "v", "y" -> {
        if (numbers(operands, 4)) {
          current = transformedPoint(number(operands, 2), number(operands, 3));
        }
      }
      case "h" -> closePath();
      case "re" -> {
        if (numbers(operands, 4)) {
          float x = number(operands, 0);
          float y = number(operands, 1);
          float w = number(operands, 2);
          float h = number(operands, 3);
          Point2D p0 = transformedPoint(x, y);
          Point2D p1 = transformedPoint(x + w, y);
          Point2D p2 = transformedPoint(x + w, y + h);
          Point2D p3 = transformedPoint(x, y + h);
          rectangles.add(new double[] {
              Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX())),
              Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY())),
              Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX())),
              Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()))});
          current = p0;
          start = p0;
        }
      }
      case "S" -> stroke();
      case "s" -> {
        closePath();
        stroke();
      }
      case "f", "F", "f*" -> fill();
      case "B", "B*" -> stroke();
      case "b", "b*" -> {
        closePath();
        stroke();
      }
      default -> endPath(); // n: the path ends unpainted (after a clip)
    }
  }

  private void closePath() {
    segments.add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
    current = start;
  }

  private void endPath() {
    segments.clear();
    rectangles.clear();
  }

  private void stroke() {
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

  /** A filled path draws a line only as a thin rectangle (how most writers draw table borders). */
  private void fill() {
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

  /** Keeps horizontal and vertical segments, in points from the crop box's top-left corner. */
  private void line(double x0, double y0, double x1, double y1) {
    if (Math.abs(y1 - y0) < 1 || Math.abs(x1 - x0) < 1) {
      rulings.add(new Ruling(pageNumber, x0 - left, top - y0, x1 - left, top - y1));
    }
  }

  private static boolean numbers(List<COSBase> operands, int count) {
    if (operands.size() < count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!(operands.get(i) instanceof COSNumber)) {
        return false;
      }
    }
    return true;
  }

  private static float number(List<COSBase> operands, int index) {
    return ((COSNumber) operands.get(index)).floatValue();
  }

  /** One path operator, handed to the collector. */
  private static final class PathOperator extends OperatorProcessor {
    private final PdfPageCollector collector;
    private final String name;

    PathOperator(PdfPageCollector collector, String name) {
      super(collector);
      this.collector = collector;
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      collector.path(name, operands);
    }

    @Override
    public String getName() {
      return name;
    }
  }

  /** {@code Do}: an image marks the page as showing one; a form is read for its text and lines. */
  private static final class ImageAwareDrawObject extends DrawObject {
    private final PdfPageCollector collector;

    ImageAwareDrawObject(PdfPageCollector collector) {
      super(collector);
      this.collector = collector;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
      PDResources resources = collector.getResources();
      if (!operands.isEmpty() && operands.get(0) instanceof COSName name && resources != null
          && resources.isImageXObject(name)) {
        collector.image = true;
        if (resources.getXObject(name) instanceof PDImageXObject shown) {
          collector.largestImage = Math.max(collector.largestImage, (long) shown.getWidth() * shown.getHeight());
        }
        return;
      }
      super.process(operator, operands);
    }
  }

  /** {@code BI}: an image written into the content itself. */
  private static final class InlineImage extends OperatorProcessor {
    private final PdfPageCollector collector;

    InlineImage(PdfPageCollector collector) {
      super(collector);
      this.collector = collector;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      collector.image = true;
      COSDictionary parameters = operator.getImageParameters();
      if (parameters != null) {
        long width = Math.max(parameters.getInt(COSName.W, 0), parameters.getInt(COSName.WIDTH, 0));
        long height = Math.max(parameters.getInt(COSName.H, 0), parameters.getInt(COSName.HEIGHT, 0));
        collector.largestImage = Math.max(collector.largestImage, width * height);
      }
    }

    @Override
    public String getName() {
      return "BI";
    }
  }
}
