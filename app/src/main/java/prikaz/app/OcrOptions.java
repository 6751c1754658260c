package prikaz.app;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;

/**
 * The OCR options that parse, batch, diff and serve share ({@code --ocr}, {@code --ocr-lang},
 * {@code --tesseract}), declared into each command's spec.
 */
final class OcrOptions {
  private CommandSpec spec;

  OcrMode mode;

  String language;

  /** Where Tesseract is when it is not on the PATH (Windows: the installer's folder). */
  String tesseract;

  /** Adds these options to the command {@code spec}. */
  void declare(CommandSpec spec) {
    this.spec = spec;
    spec.addOption(CommandSpecs.option(OcrMode.class, () -> mode, v -> mode = v, "--ocr")
        .paramLabel("WHEN").defaultValue("auto").converters(new ModeConverter()).descriptionKey("ocr").build());
    spec.addOption(CommandSpecs.option(String.class, () -> language, v -> language = v, "--ocr-lang")
        .paramLabel("LANGS").defaultValue(OrderParser.DEFAULT_OCR_LANGUAGE).descriptionKey("ocr-lang").build());
    spec.addOption(CommandSpecs.option(String.class, () -> tesseract, v -> tesseract = v, "--tesseract")
        .paramLabel("PATH").descriptionKey("ocr-tesseract").build());
  }

  /** The environment variable that names Tesseract when {@code --tesseract} is not given. */
  static final String TESSERACT_VARIABLE = "PRIKAZ_TESSERACT";

  /**
   * The Tesseract program: {@code --tesseract}, else {@code PRIKAZ_TESSERACT}, else null (the
   * parser's default, «tesseract» on the PATH). A folder stands for the program in it.
   */
  String tesseract() {
    String named = tesseract != null ? tesseract : System.getenv(TESSERACT_VARIABLE);
    if (named == null || named.isBlank()) {
      return null;
    }
    java.nio.file.Path path = java.nio.file.Path.of(named.strip());
    if (java.nio.file.Files.isDirectory(path)) {
      boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
      return path.resolve(windows ? "tesseract.exe" : "tesseract").toString();
    }
    return named.strip();
  }

  /** A parser builder with these options; a malformed language list is a usage error. */
  OrderParser.Builder builder() {
    try {
      OrderParser.Builder builder = OrderParser.builder().ocr(mode).ocrLanguage(language);
      String program = tesseract();
      return program == null ? builder : builder.tesseract(program);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--ocr-lang: " + e.getMessage());
    }
  }

  /** Accepts auto / always / never in any case. */
  static final class ModeConverter implements ITypeConverter<OcrMode> {
    @Override
    public OcrMode convert(String value) {
      try {
        return OcrMode.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not auto, always or never");
      }
    }
  }
}
