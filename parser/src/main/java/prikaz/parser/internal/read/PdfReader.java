package prikaz.parser.internal.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.read.positional.Page;
import prikaz.parser.internal.read.positional.PositionalLayout;
import prikaz.parser.internal.read.ocr.Ocr;
import prikaz.parser.internal.read.ocr.PageScale;
import prikaz.parser.internal.read.positional.Word;

/**
 * PDF with a text layer, through PDFBox (the version Tika brings): each word with its position and
 * each line drawn on the page, handed to {@link PositionalLayout}, which rebuilds paragraphs and
 * ruled tables. Pages without text that show an image (a scan), and pages whose text layer does
 * not decode (a font without a Unicode map), are rendered and read with {@link Ocr} when OCR is on;
 * with OCR off, a scan is refused with {@link DocumentException.Reason#SCANNED} and a broken text
 * layer is reported with a {@code TEXT_LAYER_BROKEN} warning.
 */
final class PdfReader implements LayoutReader {
  /** A page with fewer visible characters than this is too short to call its text layer broken. */
  private static final int MIN_TEXT_TO_JUDGE = 20;
  /** A page whose largest image has this many times the pixels it is rendered to is rendered from a subsample. */
  private static final long SUBSAMPLE_ABOVE = 4;

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
      if (pageCount > Limits.MAX_PAGES) {
        throw Limits.pages(pageCount);
      }
      PdfPageCollector collected = PdfPageCollector.collect(document);
      List<Page> pages = collected.pages;
      boolean[] images = new boolean[pages.size()];
      for (int p = 0; p < images.length; p++) {
        images[p] = collected.images.get(p);
      }
      List<String> texts = pages.stream().map(PdfReader::pageText).toList();
      String text = String.join("", texts);
      ScannerTextLayer.Verdict layer = ScannerTextLayer.judge(text);
      List<Integer> toRead = pagesForOcr(texts, images, layer.poor());
      if (!toRead.isEmpty()) {
        List<Warning> warnings = layer.poor()
            ? List.of(new Warning(Warning.Code.TEXT_LAYER_BROKEN, "the PDF's text layer, a scanner's OCR, reads poorly ("
                + layer.reason() + "); the pages were read with OCR instead", null))
            : List.of();
        return new Result(PositionalLayout.build(readWithOcr(document, pages, collected.imagePixels, toRead)), null,
            warnings, true);
      }
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
        warnings.add(new Warning(Warning.Code.TEXT_LAYER_BROKEN,
            "the PDF's text layer does not decode to readable letters (a font without a Unicode map); "
                + "the result is unreliable, OCR the scan instead", null));
      } else if (layer.poor()) {
        warnings.add(new Warning(Warning.Code.TEXT_LAYER_BROKEN, "the PDF's text layer, a scanner's OCR, reads poorly ("
            + layer.reason() + "); the result is unreliable, OCR the scan instead", null));
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
   * show an image (a scan), those whose text layer does not decode, and every page with text
   * when the document's layer is a scanner's poor OCR.
   */
  private List<Integer> pagesForOcr(List<String> texts, boolean[] images, boolean poorLayer) {
    List<Integer> chosen = new ArrayList<>();
    if (ocr == null || ocr.mode() == OcrMode.NEVER) {
      return chosen;
    }
    for (int p = 0; p < texts.size(); p++) {
      String text = texts.get(p);
      boolean scanned = text.isBlank() && images[p];
      boolean broken = text.strip().length() >= MIN_TEXT_TO_JUDGE && isBroken(text);
      if (ocr.mode() == OcrMode.ALWAYS || scanned || broken || poorLayer && !text.isBlank()) {
        chosen.add(p);
      }
    }
    return chosen;
  }

  /**
   * The pages with those in {@code toRead} replaced by what OCR read from their rendered image.
   * Each page is rendered to at most {@link Limits#OCR_PAGE_PIXELS}, whatever size it states; an
   * image far larger than that is drawn from a subsample of its pixels, never decoded whole.
   */
  private List<Page> readWithOcr(PDDocument document, List<Page> pages, List<Long> imagePixels, List<Integer> toRead)
      throws DocumentException {
    List<Page> read = ocr.read(toRead.size(), i -> {
      int index = toRead.get(i);
      if (imagePixels.get(index) > Limits.MAX_PAGE_PIXELS) {
        throw Limits.pagePixels(index + 1, imagePixels.get(index));
      }
      PDRectangle box = document.getPage(index).getCropBox();
      double width = box.getWidth() / 72.0;
      double height = box.getHeight() / 72.0;
      float dpi = (float) Math.min(Ocr.DPI, PageScale.budgetDpi(width, height));
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setSubsamplingAllowed(imagePixels.get(index) > SUBSAMPLE_ABOVE * Limits.OCR_PAGE_PIXELS);
      BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
      return new Ocr.PageImage(index + 1, image, PageScale.plausibleDpi(image.getWidth(), image.getHeight(), dpi));
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
}
