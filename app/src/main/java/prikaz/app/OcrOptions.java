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
      descriptionKey = "ocr")
  OcrMode mode;

  @Option(names = "--ocr-lang", paramLabel = "LANGS", defaultValue = OrderParser.DEFAULT_OCR_LANGUAGE,
      descriptionKey = "ocr-lang")
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
