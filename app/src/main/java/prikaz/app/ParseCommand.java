package prikaz.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import prikaz.app.export.CombinedExporter;
import prikaz.app.export.CsvExporter;
import prikaz.app.export.Exporter;
import prikaz.app.export.JsonLinesExporter;
import prikaz.app.export.IcsExporter;
import prikaz.app.export.XlsxExporter;
import prikaz.app.export.JsonExporter;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** {@code prikaz parse FILE}: one order to JSON on stdout or in a file. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse one order and write its header and plans as JSON, JSON Lines, CSV or XLSX.",
    footer = {
      "",
      "Examples:",
      "  prikaz parse samples/anzhero-sudzhensk-2022-575.txt",
      "  prikaz parse samples/artem-2020-218.txt -o plan.json",
      "  prikaz parse samples/*.txt -f xlsx -o plans.xlsx   (all items of all orders in one sheet)",
      "  cat order.docx | prikaz parse - -f csv",
      "  prikaz parse samples/artem-2020-218.txt -f csv -o plan.csv",
      "  prikaz parse samples/artem-2020-218.txt -f xlsx -o plan.xlsx",
      "  prikaz parse samples/artem-2020-218.docx -f ics -o plan.ics",
      "  prikaz parse samples/artem-2020-218.scan.pdf -f xlsx -o plan.xlsx   (a scan: OCR with Tesseract)",
    })
public final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @picocli.CommandLine.ParentCommand PrikazCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Orders: DOCX, DOC, ODT, RTF, HTML, PDF (text or "
      + "scanned), scans as PNG/JPEG/TIFF, or text; '-' reads stdin. Several files give one output: a JSON array, "
      + "JSON Lines, or one CSV/XLSX table of all items.")
  List<String> files;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write to this file instead of stdout (written whole or not at all).")
  Path output;

  @Option(names = "--compact", description = "One-line JSON instead of indented.")
  boolean compact;

  @picocli.CommandLine.Mixin OcrOptions ocrOptions;

  /** Output formats of {@code -f}. */
  enum Format {
    json,
    jsonl,
    csv,
    xlsx,
    ics
  }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--csv-dialect", paramLabel = "DIALECT", defaultValue = "excel",
      description = "CSV layout: excel (UTF-8 with BOM, ';', dd.MM.yyyy — opens in a Russian Excel) or "
          + "rfc4180 (no BOM, ',', ISO dates, English headers). Default: ${DEFAULT-VALUE}.",
      converter = DialectConverter.class)
  CsvExporter.Dialect csvDialect;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "CSV encoding, e.g. windows-1251 for old systems (default: ${DEFAULT-VALUE}).")
  java.nio.charset.Charset encoding;

  /** Accepts excel / rfc4180 in any case. */
  static final class DialectConverter implements picocli.CommandLine.ITypeConverter<CsvExporter.Dialect> {
    @Override
    public CsvExporter.Dialect convert(String value) {
      return CsvExporter.Dialect.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  private Exporter exporter() {
    return exporter(format, !compact, csvDialect, encoding);
  }

  /** The exporter of a format, with the JSON and CSV settings (batch uses the defaults). */
  static Exporter exporter(Format format, boolean prettyJson, CsvExporter.Dialect dialect, java.nio.charset.Charset charset) {
    return switch (format) {
      case json -> new JsonExporter(prettyJson);
      case jsonl -> new JsonLinesExporter();
      case csv -> new CsvExporter(dialect, charset);
      case xlsx -> new XlsxExporter();
      case ics -> new IcsExporter();
    };
  }

  @Override
  public Integer call() {
    OrderParser.Builder builder = ocrOptions.builder();
    if (files.size() > 1 && format == Format.ics) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "-f ics takes one order; for many, use 'prikaz batch ... -f ics'");
    }
    List<Order> orders = new ArrayList<>();
    boolean failed = false;
    try (OcrProgressBar progress = new OcrProgressBar(spec.commandLine().getErr())) {
      if (parent.stderrIsTerminal) {
        builder.ocrProgress(progress);
      }
      OrderParser parser = builder.build();
      for (String file : files) {
        Order order = parse(parser, file);
        if (order == null) {
          failed = true;
        } else {
          orders.add(order);
        }
      }
    }
    if (orders.isEmpty()) {
      return Cli.FAILED;
    }
    AtomicFile.Content content = content(orders);
    try {
      if (output == null) {
        // Rendered whole first, so a failure leaves nothing half-written on stdout.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        content.writeTo(buffer);
        buffer.writeTo(parent.stdout);
        parent.stdout.flush();
      } else {
        AtomicFile.write(output, content);
      }
    } catch (IOException e) {
      spec.commandLine().getErr().println("prikaz: " + output + ": cannot write: " + e.getMessage());
      return Cli.FAILED;
    }
    return failed ? Cli.FAILED : Cli.OK;
  }

  /** One order in the chosen format; several: a JSON array, or the combined table or lines. */
  private AtomicFile.Content content(List<Order> orders) {
    Exporter exporter = exporter();
    if (orders.size() == 1 && files.size() == 1) {
      return out -> exporter.write(orders.get(0), out);
    }
    if (exporter instanceof CombinedExporter combined) {
      return out -> combined.writeAll(orders, out);
    }
    // JSON: an array of orders, written with the same settings as one.
    return out -> {
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      out.write('[');
      for (int i = 0; i < orders.size(); i++) {
        one.reset();
        exporter.write(orders.get(i), one);
        out.write(i == 0 ? "\n".getBytes(StandardCharsets.UTF_8) : ",\n".getBytes(StandardCharsets.UTF_8));
        out.write(one.toString(StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8));
      }
      out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
    };
  }

  /** The order in a file ('-': stdin), or null after saying on stderr why there is none. */
  private Order parse(OrderParser parser, String file) {
    try {
      if (file.equals("-")) {
        return parser.parse(System.in, "stdin");
      }
      return parser.parse(Path.of(file));
    } catch (DocumentException e) {
      return fail(file, e.getMessage());
    } catch (NoSuchFileException e) {
      return fail(file, "no such file");
    } catch (AccessDeniedException e) {
      return fail(file, "permission denied");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return fail(file, "cannot read: " + e.getMessage());
    }
  }

  private Order fail(String file, String reason) {
    spec.commandLine().getErr().println("prikaz: " + file + ": " + reason);
    return null;
  }
}
