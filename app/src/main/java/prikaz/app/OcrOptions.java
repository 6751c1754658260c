package prikaz.app;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;

/** The OCR options that parse and batch share ({@code --ocr}, {@code --ocr-lang}), as a picocli mixin. */
final class OcrOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto", converter = ModeConverter.class,
      description = "OCR of scans with Tesseract: auto (pages without a usable text layer, and images), "
          + "always (every page), never (scans are refused). Default: ${DEFAULT-VALUE}.")
  OcrMode mode;

  @Option(names = "--ocr-lang", paramLabel = "LANGS", defaultValue = OrderParser.DEFAULT_OCR_LANGUAGE,
      description = "Tesseract language models, joined with '+', e.g. rus+eng for orders with English "
          + "names (each needs its package, tesseract-ocr-LANG). Default: ${DEFAULT-VALUE}.")
  String language;

  /** A parser builder with these options; a malformed language list is a usage error. */
  OrderParser.Builder builder() {
    try {
      return OrderParser.builder().ocr(mode).ocrLanguage(language);
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
