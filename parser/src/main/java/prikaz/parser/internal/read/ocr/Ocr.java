package prikaz.parser.internal.read.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.OcrProgress;
import prikaz.parser.internal.read.positional.Page;
import prikaz.parser.internal.read.positional.Ruling;
import prikaz.parser.internal.read.positional.Word;

/**
 * OCR of page images into the positioned words and ruling lines that {@code PositionalLayout}
 * rebuilds paragraphs and tables from, the same way as a PDF's text layer. Each page: brought to
 * {@value #DPI} dpi (or fewer, see {@link PageScale}), turned upright ({@link Orientation}),
 * straightened ({@link Deskew}), its printed borders found ({@link LineFinder}; columns that lean
 * against level rows are set upright by a shear) and painted out, read by Tesseract into hOCR
 * ({@link Hocr}); coordinates back in points of the straightened page. Pages are read in parallel,
 * up to {@code threads} at once; the caller renders or decodes them one at a time, at most a few
 * ahead of the readers.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Ocr {
  /** The resolution pages are read at: what Tesseract's models are trained for. */
  public static final int DPI = 300;
  private static final long PAGE_TIMEOUT_SECONDS = 300;
  /** What the Russian model makes of «I.» … «X.»: digits, «П», «Ш», «ГУ», «У», «Х». */
  private static final java.util.regex.Pattern ROMAN_LOOKALIKE = java.util.regex.Pattern.compile("[1ПШГТУХIVXL]{1,4}\\.");
  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXL]{1,4}\\.");
  private static final double ROMAN_CONFIDENCE = 75;
  /** White margin around a cell image given to OCR. */
  private static final double CELL_PAD_INCH = 0.05;
  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private final OcrMode mode;
  private final String language;
  private final String command;
  private final int threads;
  private final OcrProgress progress;

  public Ocr(OcrMode mode, String language, String command, int threads, OcrProgress progress) {
    this.mode = Objects.requireNonNull(mode, "mode must not be null");
    this.language = Objects.requireNonNull(language, "language must not be null");
    this.command = Objects.requireNonNull(command, "command must not be null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.threads = threads;
    this.progress = progress;
  }

  /** The same OCR telling {@code progress} of each page it reads. */
  public Ocr withProgress(OcrProgress progress) {
    return new Ocr(mode, language, command, threads, progress);
  }

  public OcrMode mode() {
    return mode;
  }

  /** A page image to read: its page number, the picture and its resolution in dots per inch. */
  public record PageImage(int number, BufferedImage image, double dpi) {}

  /** Hands out the page images in order, one per call, on the calling thread. */
  @FunctionalInterface
  public interface PageSource {
    PageImage page(int index) throws IOException, DocumentException;
  }

  /**
   * Reads {@code count} pages from {@code source}; the results are in page order. Checks first that
   * Tesseract and the language are there ({@link DocumentException.Reason#OCR_UNAVAILABLE}).
   */
  public List<Page> read(int count, PageSource source) throws DocumentException {
    Tesseract.check(command, language);
    int workers = Math.min(threads, Math.max(1, count));
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
    // The caller renders at most this many pages ahead of the readers: each costs ~9 MB at 300 dpi.
    Semaphore ahead = new Semaphore(workers + 1);
    AtomicInteger done = new AtomicInteger();
    List<Future<Page>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ahead.acquire();
        PageImage image;
        try {
          image = source.page(i);
        } catch (IOException | RuntimeException e) {
          ahead.release();
          throw new DocumentException(DocumentException.Reason.UNREADABLE,
              "page " + (i + 1) + " could not be prepared for OCR: " + e.getMessage(), e);
        }
        futures.add(pool.submit(() -> {
          try {
            Page result = readPage(image);
            report(done.incrementAndGet(), count);
            return result;
          } finally {
            ahead.release();
          }
        }));
      }
      List<Page> results = new ArrayList<>(count);
      for (Future<Page> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "interrupted during OCR", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DocumentException d) {
        throw d;
      }
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "OCR failed: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private void report(int done, int total) {
    if (progress != null) {
      synchronized (progress) {
        progress.pageDone(done, total);
      }
    }
  }

  private Page readPage(PageImage page) throws DocumentException, InterruptedException {
    PageCleaner.Cleaned cleaned = PageCleaner.clean(page.image(), page.dpi());
    GrayImage image = cleaned.image();
    ScanGeometry geometry = cleaned.geometry();
    double reading = PageScale.readingDpi(image.width, image.height, image.dpi);
    if (reading != image.dpi) {
      GrayImage scaled = image.scaleTo(reading);
      geometry = geometry.scaled(image.width, image.height, scaled.width, scaled.height);
      image = scaled;
    }
    int turn = Orientation.clockwiseTurn(image, command, page.number());
    if (turn != 0) {
      geometry = geometry.turned(turn, image.width, image.height);
      image = Orientation.turned(image, turn);
    }
    double skew = Deskew.angle(image);
    if (skew != 0) {
      image = image.rotate(-skew);
      geometry = geometry.rotated(-skew, image.width, image.height);
    }
    List<LineFinder.Line> lines = LineFinder.find(image);
    double lean = LineFinder.lean(lines, image.dpi);
    if (lean != 0) {
      image = image.shear(-lean);
      lines = LineFinder.find(image);
    }
    LineFinder.erase(image, lines);
    int ink = image.inkThreshold();
    int minInk = Math.max(4, (int) Math.round(image.dpi * image.dpi / 9000)); // ~10 pixels at 300 dpi
    List<CellFinder.Box> cells = new ArrayList<>();
    for (CellFinder.Box cell : CellFinder.cells(image.width, image.height, image.dpi, lines)) {
      if (image.hasInk(cell, ink, minInk)) {
        cells.add(cell);
      }
    }
    double scale = 72.0 / image.dpi;
    List<Word> words = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try {
      // The page outside the tables, as a page: blocks found by Tesseract (psm 3).
      GrayImage outside = image.without(cells);
      if (!outside.isBlank()) {
        Path rest = temp(files, ".pgm");
        outside.writePgm(rest);
        String hocr = Tesseract.hocr(command, language, rest, dpi(image), 3, PAGE_TIMEOUT_SECONDS, page.number());
        addWords(words, Scrawls.drop(Hocr.words(hocr)), 0, 0, scale, page.number(), geometry);
      }
      // Each table cell as one block of text (psm 6), all cells of the page in one run.
      if (!cells.isEmpty()) {
        CellReader reader = new CellReader(image, ink, files, page.number());
        List<List<Hocr.PixelWord>> read = reader.read(cells, language, 6);
        NumberCells.reread(reader, cells, read);
        NumberCells.rereadLines(reader, cells, read);
        NumberCells.dots(cells, read, image.dpi);
        rereadRomanNumerals(reader, cells, read);
        for (int i = 0; i < Math.min(read.size(), cells.size()); i++) {
          addWords(words, Scrawls.withoutSpecks(read.get(i)), cells.get(i).x0() - reader.pad,
              cells.get(i).y0() - reader.pad, scale, page.number(), geometry);
        }
      }
    } catch (IOException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE,
          "page " + page.number() + " could not be prepared for OCR: " + e.getMessage(), e);
    } finally {
      files.forEach(Tesseract::deleteQuietly);
    }
    List<Ruling> rulings = new ArrayList<>();
    for (LineFinder.Line line : lines) {
      double from = line.from() * scale;
      double to = (line.to() + 1) * scale;
      double atFrom = line.at(line.from()) * scale;
      double atTo = line.at(line.to() + 1) * scale;
      rulings.add(line.horizontal()
          ? new Ruling(page.number(), from, atFrom, to, atTo)
          : new Ruling(page.number(), atFrom, from, atTo, to));
    }
    return new Page(page.number(), image.width * scale, image.height * scale, words, rulings);
  }

  /** Reads cell images of one page with a model, all in one Tesseract run. */
  final class CellReader {
    final int pad;
    final GrayImage image;
    private final int ink;
    private final List<Path> files;
    private final int page;

    CellReader(GrayImage image, int ink, List<Path> files, int page) {
      this.image = image;
      this.ink = ink;
      this.files = files;
      this.page = page;
      this.pad = (int) Math.round(CELL_PAD_INCH * image.dpi);
    }

    /** The words of each cell, in cell order, in pixels of the cell's image (the cell less {@link #pad}). */
    List<List<Hocr.PixelWord>> read(List<CellFinder.Box> cells, String model, int psm, String... variables)
        throws IOException, DocumentException, InterruptedException {
      StringBuilder list = new StringBuilder();
      for (CellFinder.Box cell : cells) {
        Path file = temp(files, ".pgm");
        GrayImage crop = image.crop(cell, pad);
        crop.binarize(ink);
        crop.writePgm(file);
        list.append(file).append('\n');
      }
      Path listFile = temp(files, ".txt");
      Files.writeString(listFile, list, java.nio.charset.StandardCharsets.UTF_8);
      List<List<Hocr.PixelWord>> read = new ArrayList<>(
          Hocr.pages(Tesseract.hocr(command, model, listFile, dpi(image), psm, PAGE_TIMEOUT_SECONDS, page, variables)));
      while (read.size() < cells.size()) {
        read.add(List.of());
      }
      return read;
    }

    /** The English model where installed: it tells «I» from «1» and reads lone digits. */
    String latinModel() {
      return Tesseract.has(command, "eng") ? "eng" : language;
    }
  }

  /**
   * A section number in Roman numerals at the start of a cell («I.», «II.», «IV.») is read by the
   * Russian model as digits or Cyrillic letters («1.», «П.», «ГУ.»), confidently. Such a first word
   * is read again with the English model, which tells them apart, and its Roman reading is taken.
   */
  private static void rereadRomanNumerals(CellReader reader, List<CellFinder.Box> cells,
      List<List<Hocr.PixelWord>> read) throws IOException, DocumentException, InterruptedException {
    List<Integer> suspect = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (!read.get(i).isEmpty() && ROMAN_LOOKALIKE.matcher(read.get(i).get(0).text()).matches()) {
        suspect.add(i);
      }
    }
    if (suspect.isEmpty() || !reader.latinModel().equals("eng")) {
      return;
    }
    List<List<Hocr.PixelWord>> latin = reader.read(suspect.stream().map(cells::get).toList(), reader.latinModel(), 6);
    for (int k = 0; k < suspect.size(); k++) {
      int i = suspect.get(k);
      Hocr.PixelWord first = read.get(i).get(0);
      if (latin.get(k).isEmpty()) {
        continue;
      }
      Hocr.PixelWord again = latin.get(k).get(0);
      boolean same = Math.min(first.x1(), again.x1()) > Math.max(first.x0(), again.x0())
          && Math.min(first.y1(), again.y1()) > Math.max(first.y0(), again.y0());
      if (same && ROMAN.matcher(again.text()).matches() && again.confidence() >= ROMAN_CONFIDENCE) {
        List<Hocr.PixelWord> fixed = new ArrayList<>(read.get(i));
        fixed.set(0, new Hocr.PixelWord(again.text(), first.x0(), first.y0(), first.x1(), first.y1(), first.baseline(),
            first.size(), again.confidence()));
        read.set(i, fixed);
      }
    }
  }

  private static int dpi(GrayImage image) {
    return (int) Math.round(image.dpi);
  }

  private static Path temp(List<Path> files, String suffix) throws IOException {
    Path file = Files.createTempFile("prikaz-ocr-", suffix);
    files.add(file);
    return file;
  }

  /**
   * Words read from an image placed at ({@code dx}, {@code dy}) of the page, in points, each with
   * where it is on the file's page image.
   */
  private static void addWords(List<Word> words, List<Hocr.PixelWord> read, int dx, int dy, double scale, int page,
      ScanGeometry geometry) {
    for (Hocr.PixelWord w : read) {
      double size = Math.max(1, w.size() * scale);
      double baseline = (Math.max(w.baseline(), w.y0()) + dy) * scale;
      double top = Math.min(baseline - size * 0.75, (w.y0() + dy) * scale);
      words.add(new Word(w.text(), page, (w.x0() + dx) * scale, top, (w.x1() + dx) * scale, baseline, size,
          w.confidence(), geometry.area(page, w.x0() + dx, w.y0() + dy, w.x1() + dx, w.y1() + dy)));
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "prikaz-ocr-" + THREAD_NUMBER.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
