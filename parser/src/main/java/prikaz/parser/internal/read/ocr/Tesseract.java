package prikaz.parser.internal.read.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import prikaz.parser.DocumentException;

/**
 * The Tesseract command-line program: its languages checked once per command, then one page image
 * read into hOCR. Each run is limited to one thread ({@code OMP_THREAD_LIMIT=1}): pages are read in
 * parallel by the caller, and Tesseract's own OpenMP threads on top of that only slow it down
 * (measured: 1.1 s a page alone against 11.5 s with its default threads on 2 cores).
 */
final class Tesseract {
  private static final String INSTALL = "apt-get install tesseract-ocr tesseract-ocr-rus";
  private static final ConcurrentHashMap<String, Set<String>> LANGUAGES = new ConcurrentHashMap<>();

  private Tesseract() {}

  /**
   * Fails with {@link DocumentException.Reason#OCR_UNAVAILABLE} and what to install when the
   * command cannot be run or lacks one of the languages ({@code rus+eng}: both).
   */
  static void check(String command, String language) throws DocumentException {
    Set<String> installed = LANGUAGES.get(command);
    if (installed == null) {
      installed = listLanguages(command);
      LANGUAGES.put(command, installed);
    }
    List<String> missing = new ArrayList<>();
    for (String part : language.split("\\+")) {
      if (!part.isBlank() && !installed.contains(part.strip())) {
        missing.add(part.strip());
      }
    }
    if (!missing.isEmpty()) {
      List<String> packages = missing.stream()
          .map(l -> "tesseract-ocr-" + l.toLowerCase(Locale.ROOT).replace('_', '-')).toList();
      throw new DocumentException(DocumentException.Reason.OCR_UNAVAILABLE,
          "Tesseract has no language model " + String.join(", ", missing)
              + "; install it (Debian/Ubuntu: apt-get install " + String.join(" ", packages) + ")");
    }
  }

  /** Whether the command has the language's model (after {@link #check} has listed them). */
  static boolean has(String command, String language) {
    Set<String> installed = LANGUAGES.get(command);
    return installed != null && installed.contains(language);
  }

  private static Set<String> listLanguages(String command) throws DocumentException {
    Process process;
    try {
      process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new DocumentException(DocumentException.Reason.OCR_UNAVAILABLE,
          "Tesseract is not installed (no «" + command + "» program); install tesseract-ocr and tesseract-ocr-rus"
              + " (Debian/Ubuntu: " + INSTALL + ")", e);
    }
    try {
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new DocumentException(DocumentException.Reason.OCR_UNAVAILABLE,
            "«" + command + " --list-langs» failed: " + firstLine(output) + " (Debian/Ubuntu: " + INSTALL + ")");
      }
      Set<String> languages = new LinkedHashSet<>();
      for (String line : output.split("\\R")) {
        String l = line.strip();
        // The first line says where the models are («List of available languages in "…" (3):»).
        if (!l.isEmpty() && !l.contains(" ") && !l.endsWith(":")) {
          languages.add(l);
        }
      }
      return languages;
    } catch (IOException e) {
      process.destroyForcibly();
      throw new DocumentException(DocumentException.Reason.OCR_UNAVAILABLE, "«" + command + "» failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "interrupted", e);
    }
  }

  /**
   * Reads an image (a file Leptonica can open), or every image of a list file (one path a line:
   * one run, the model loaded once), and returns Tesseract's hOCR, an {@code ocr_page} per image.
   * {@code psm} is the page segmentation mode: 3 finds blocks on a page, 6 reads one block. Output
   * and errors go through files, so neither pipe can fill up and stall the program.
   */
  static String hocr(String command, String language, Path image, int dpi, int psm, long timeoutSeconds, int page,
      String... variables) throws DocumentException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of(command, image.toString(), "stdout", "-l", language,
        "--dpi", Integer.toString(dpi), "--psm", Integer.toString(psm)));
    // Letter boxes, to split words Tesseract joined over a narrow space (see Hocr).
    arguments.add("-c");
    arguments.add("hocr_char_boxes=1");
    for (String variable : variables) {
      arguments.add("-c");
      arguments.add(variable);
    }
    arguments.add("hocr");
    return run(arguments, timeoutSeconds, page, true);
  }

  /**
   * Tesseract's orientation and script detection ({@code --psm 0}, the {@code osd} model) of an
   * image: its report («Rotate: 180», «Orientation confidence: 12.3»), or null when it found too
   * few letters to tell.
   */
  static String orientation(String command, Path image, int dpi, int characters, long timeoutSeconds, int page)
      throws DocumentException, InterruptedException {
    return run(List.of(command, image.toString(), "stdout", "-l", "osd", "--dpi", Integer.toString(dpi), "--psm", "0",
        "-c", "min_characters_to_try=" + characters), timeoutSeconds, page, false);
  }

  /**
   * Runs Tesseract and returns what it wrote to stdout; a failed run is an error when
   * {@code failureIsError}, else null. Output and errors go through files, so neither pipe can
   * fill up and stall the program.
   */
  private static String run(List<String> arguments, long timeoutSeconds, int page, boolean failureIsError)
      throws DocumentException, InterruptedException {
    Path out = null;
    Path err = null;
    Process process = null;
    try {
      out = Files.createTempFile("prikaz-ocr-", ".txt");
      err = Files.createTempFile("prikaz-ocr-", ".log");
      ProcessBuilder builder = new ProcessBuilder(arguments);
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
      builder.redirectOutput(out.toFile());
      builder.redirectError(err.toFile());
      process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        throw new DocumentException(DocumentException.Reason.UNREADABLE,
            "OCR of page " + page + " took longer than " + timeoutSeconds + " s");
      }
      if (process.exitValue() != 0) {
        if (!failureIsError) {
          return null;
        }
        throw new DocumentException(DocumentException.Reason.UNREADABLE, "Tesseract failed on page " + page + ": "
            + lastLine(Files.readString(err, StandardCharsets.UTF_8)));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE,
          "Tesseract could not be run on page " + page + ": " + e.getMessage(), e);
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "no message";
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\\R");
    return lines[lines.length - 1].isBlank() ? "no message" : lines[lines.length - 1].strip();
  }

  static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temporary file is not worth failing the document for.
      }
    }
  }
}
