package prikaz.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
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
import prikaz.parser.TimedParse;
import prikaz.parser.model.Order;

/** {@code prikaz parse FILE}: one order to JSON on stdout or in a file. */
public final class ParseCommand implements Callable<Integer> {

  private CommandSpec spec;

  private final PrikazCommand parent;

  List<String> files;

  Path output;

  boolean compact;

  /** The files (or the images in the folders) are the pages of one scanned document, in order. */
  boolean pages;

  boolean strict;

  final OcrOptions ocrOptions = new OcrOptions();

  long timeoutSeconds = IsolationOptions.DEFAULT_TIMEOUT_SECONDS;

  /** Output formats of {@code -f}. */
  enum Format {
    json,
    jsonl,
    csv,
    xlsx,
    ics
  }

  /** Null when not given: then the output file's extension decides, else JSON. */
  Format format;

  CsvExporter.Dialect csvDialect;

  java.nio.charset.Charset encoding;

  ParseCommand(PrikazCommand parent) {
    this.parent = parent;
  }

  /** The command's options; description, footer and option texts: Messages*.properties. */
  CommandSpec spec() {
    spec = CommandSpecs.command("parse", this);
    spec.addPositional(CommandSpecs.positional(List.class, () -> files, (List<String> v) -> files = v)
        .auxiliaryTypes(String.class).arity("1..*").required(true).paramLabel("FILE").descriptionKey("parse.files").build());
    spec.addOption(CommandSpecs.option(Path.class, () -> output, v -> output = v, "-o", "--output")
        .paramLabel("OUT").descriptionKey("parse.output").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> compact, v -> compact = v, "--compact")
        .descriptionKey("parse.compact").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> pages, v -> pages = v, "--pages")
        .descriptionKey("parse.pages").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> strict, v -> strict = v, "--strict")
        .descriptionKey("parse.strict").build());
    ocrOptions.declare(spec);
    spec.addOption(CommandSpecs.option(long.class, () -> timeoutSeconds, v -> timeoutSeconds = v, "--timeout")
        .paramLabel("SECONDS").descriptionKey("timeout").build());
    spec.addOption(CommandSpecs.option(Format.class, () -> format, v -> format = v, "-f", "--format")
        .paramLabel("FORMAT").descriptionKey("parse.format").build());
    spec.addOption(CommandSpecs.option(CsvExporter.Dialect.class, () -> csvDialect, v -> csvDialect = v, "--csv-dialect")
        .paramLabel("DIALECT").defaultValue("excel").descriptionKey("parse.csv-dialect")
        .converters(new DialectConverter()).build());
    spec.addOption(CommandSpecs.option(java.nio.charset.Charset.class, () -> encoding, v -> encoding = v, "--encoding")
        .paramLabel("CHARSET").defaultValue("UTF-8").descriptionKey("parse.encoding").build());
    return spec;
  }

  /** Accepts excel / rfc4180 in any case. */
  static final class DialectConverter implements picocli.CommandLine.ITypeConverter<CsvExporter.Dialect> {
    @Override
    public CsvExporter.Dialect convert(String value) {
      return CsvExporter.Dialect.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** {@code -f}, else the extension of {@code -o FILE} ({@code plan.xlsx} is XLSX), else JSON. */
  Format chosenFormat() {
    if (format != null) {
      return format;
    }
    Format named = OutputFile.byExtension(OutputFile.fileOrNull(output), Format.class);
    return named != null ? named : Format.json;
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
    if (timeoutSeconds < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), parent.texts.get("timeout-negative"));
    }
    OrderParser.Builder builder = ocrOptions.builder();
    Format chosen = chosenFormat();
    Path target = OutputFile.fileOrNull(output);
    if (files.size() > 1 && chosen == Format.ics) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          parent.texts.get("ics-one-order"));
    }
    if (chosen == Format.xlsx && target == null && parent.stdoutIsTerminal) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          parent.texts.get("binary-to-terminal", chosen));
    }
    String input = InputGuard.overwritten(target, files);
    if (input != null) {
      spec.commandLine().getErr().println("prikaz: " + target + ": " + parent.texts.get("overwrites-input", input));
      return Cli.USAGE;
    }
    if (chosen == Format.jsonl) {
      return streamLines(builder, target);
    }
    List<Order> orders = new ArrayList<>();
    boolean failed = false;
    try (OcrProgressBar progress = new OcrProgressBar(spec.commandLine().getErr(), parent.texts.get("progress-pages"))) {
      if (parent.stderrIsTerminal) {
        this.progress = progress;
      }
      OrderParser parser = builder.build();
      for (String file : pages ? List.of(PAGES) : files) {
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
    if (chosen == Format.json) {
      orders.replaceAll(this::shown);
    }
    AtomicFile.Content content = content(orders, exporter(chosen, !compact, csvDialect, encoding));
    try {
      AtomicFile.writeOrStdout(target, parent.stdout, content);
    } catch (IOException e) {
      return cannotWrite(target, e);
    }
    return failed ? Cli.FAILED : doubtful ? Cli.DOUBTFUL : Cli.OK;
  }

  /**
   * JSON Lines: each order's line written and flushed as soon as it is parsed, in the order of
   * the files; to a file, the lines go to its temporary file, renamed into place at the end (no
   * file when no order could be parsed).
   */
  private int streamLines(OrderParser.Builder builder, Path target) {
    boolean failed = false;
    int written = 0;
    JsonExporter line = new JsonExporter(false);
    try (OcrProgressBar progress = new OcrProgressBar(spec.commandLine().getErr(), parent.texts.get("progress-pages"));
        AtomicFile.Pending file = target == null ? null : AtomicFile.open(target)) {
      if (parent.stderrIsTerminal) {
        this.progress = progress;
      }
      java.io.OutputStream out = file == null ? parent.stdout : file.out();
      OrderParser parser = builder.build();
      for (String name : pages ? List.of(PAGES) : files) {
        Order order = parse(parser, name);
        if (order == null) {
          failed = true;
          continue;
        }
        line.write(shown(order), out);
        out.flush();
        written++;
      }
      if (file != null && written > 0) {
        file.commit();
      }
    } catch (IOException e) {
      return cannotWrite(target, e);
    }
    return failed || written == 0 ? Cli.FAILED : doubtful ? Cli.DOUBTFUL : Cli.OK;
  }

  private int cannotWrite(Path target, IOException e) {
    spec.commandLine().getErr().println("prikaz: " + (target == null ? "-" : target) + ": "
        + parent.texts.get("cannot-write", e.getMessage()));
    return Cli.FAILED;
  }

  /** One order in the chosen format; several: a JSON array, or the combined table or lines. */
  private AtomicFile.Content content(List<Order> orders, Exporter exporter) {
    if (orders.size() == 1 && (files.size() == 1 || pages)) {
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

  /** Stands for all the files read as the pages of one document ({@code --pages}). */
  private static final String PAGES = "\0pages";

  /**
   * The order in a file ('-': stdin), with its empty plans warned of ({@link Doubts}), or null after
   * saying on stderr why there is none; under {@code --strict} a doubtful order is said too.
   */
  private Order parse(OrderParser parser, String file) {
    Order order = read(parser, file);
    if (order == null) {
      return null;
    }
    order = Doubts.warned(order);
    java.util.Map<String, Integer> doubts = Doubts.of(order);
    if (strict && !doubts.isEmpty()) {
      doubtful = true;
      spec.commandLine().getErr().println("prikaz: " + (file.equals(PAGES) ? files.get(0) : file) + ": "
          + parent.texts.get("doubtful", Doubts.describe(doubts)));
    }
    return order;
  }

  /**
   * The order as the JSON outputs show it: in a Russian run its warnings' messages and places
   * in Russian (the codes, which scripts read, unchanged); the spreadsheet outputs retell them
   * themselves.
   */
  private Order shown(Order order) {
    return parent.texts.language().equals("ru") ? prikaz.app.export.RussianWarnings.translated(order) : order;
  }

  /** Whether a --strict run met a doubtful order. */
  private boolean doubtful;

  /** Told of each page OCR reads, when stderr is a terminal; else null. */
  private prikaz.parser.OcrProgress progress;

  private Order read(OrderParser parser, String file) {
    if (file.equals(PAGES)) {
      return parsePages(parser);
    }
    TimedParse timed = new TimedParse(parser, Duration.ofSeconds(timeoutSeconds));
    try {
      if (file.equals("-")) {
        return timed.parse(System.in, "stdin", progress);
      }
      return timed.parse(Path.of(file), progress);
    } catch (DocumentException | IOException | java.nio.file.InvalidPathException e) {
      return fail(file, parent.texts.whyUnread(e));
    } catch (TimeoutException | InterruptedException e) {
      return fail(file, Breakdowns.message(ParseBreakdown.unfinished(e, timeoutSeconds), parent.texts));
    } catch (RuntimeException | Error e) {
      return fail(file, Breakdowns.message(e, parent.texts));
    }
  }

  /** The page images as one scanned document, named after its first page. */
  private Order parsePages(OrderParser parser) {
    List<Path> images;
    try {
      images = PageImages.pages(files);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return fail(files.get(0), parent.texts.whyUnread(e));
    }
    if (images.isEmpty()) {
      return fail(files.get(0), parent.texts.get("no-pages"));
    }
    for (Path image : images) {
      if (!Files.isRegularFile(image)) {
        return fail(image.toString(), parent.texts.get("no-such-file"));
      }
    }
    try {
      byte[] document = PageImages.tiff(images);
      return new TimedParse(parser, Duration.ofSeconds(timeoutSeconds))
          .parse(new java.io.ByteArrayInputStream(document), images.get(0).getFileName().toString(), progress);
    } catch (PageImages.NotAnImage e) {
      return fail(e.page().toString(), parent.texts.get("not-an-image"));
    } catch (DocumentException | IOException e) {
      return fail(images.get(0).toString(), parent.texts.whyUnread(e));
    } catch (TimeoutException | InterruptedException e) {
      return fail(images.get(0).toString(),
          Breakdowns.message(ParseBreakdown.unfinished(e, timeoutSeconds), parent.texts));
    } catch (RuntimeException | Error e) {
      return fail(images.get(0).toString(), Breakdowns.message(e, parent.texts));
    }
  }

  private Order fail(String file, String reason) {
    spec.commandLine().getErr().println("prikaz: " + file + ": " + reason);
    return null;
  }
}
