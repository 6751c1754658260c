package prikaz.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import prikaz.app.diff.DiffCsv;
import prikaz.app.diff.DiffText;
import prikaz.app.diff.DiffXlsx;
import prikaz.app.export.JsonExporter;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.diff.OrderDiff;
import prikaz.diff.PlanDiff;
import prikaz.parser.model.Order;

/**
 * {@code prikaz diff OLD NEW}: what changed from one order's plans to another's. Exit codes as
 * {@code diff}'s: 0 equivalent, 1 different, 2 trouble.
 */
public final class DiffCommand implements Callable<Integer> {
  /** The plans are equivalent. */
  static final int SAME = 0;
  /** The plans differ. */
  static final int DIFFERENT = 1;
  /** An input could not be read or the command line was wrong. */
  static final int TROUBLE = 2;

  private CommandSpec spec;

  private final PrikazCommand parent;

  Path before;

  Path after;

  /** Report formats. */
  enum Format {
    text,
    json,
    xlsx,
    csv
  }

  Format format;

  Path output;

  double threshold = PlanDiff.DEFAULT_THRESHOLD;

  /** When to colour the text report. */
  enum Color {
    auto,
    always,
    never
  }

  Color color;

  prikaz.app.export.CsvExporter.Dialect csvDialect;

  final OcrOptions ocrOptions = new OcrOptions();

  DiffCommand(PrikazCommand parent) {
    this.parent = parent;
  }

  /** The command's options; texts: Messages*.properties. */
  CommandSpec spec() {
    spec = CommandSpecs.command("diff", this);
    spec.addPositional(CommandSpecs.positional(Path.class, () -> before, v -> before = v)
        .index("0").required(true).paramLabel("OLD").descriptionKey("diff.old").build());
    spec.addPositional(CommandSpecs.positional(Path.class, () -> after, v -> after = v)
        .index("1").required(true).paramLabel("NEW").descriptionKey("diff.new").build());
    spec.addOption(CommandSpecs.option(Format.class, () -> format, v -> format = v, "-f", "--format")
        .paramLabel("FORMAT").descriptionKey("diff.format").build());
    spec.addOption(CommandSpecs.option(Path.class, () -> output, v -> output = v, "-o", "--output")
        .paramLabel("OUT").descriptionKey("diff.output").build());
    spec.addOption(CommandSpecs.option(double.class, () -> threshold, v -> threshold = v, "--threshold")
        .paramLabel("X").descriptionKey("diff.threshold").build());
    spec.addOption(CommandSpecs.option(Color.class, () -> color, v -> color = v, "--color")
        .paramLabel("WHEN").defaultValue("auto").descriptionKey("diff.color").build());
    spec.addOption(CommandSpecs.option(prikaz.app.export.CsvExporter.Dialect.class, () -> csvDialect, v -> csvDialect = v,
        "--csv-dialect").paramLabel("DIALECT").defaultValue("excel").descriptionKey("diff.csv-dialect")
        .converters(new ParseCommand.DialectConverter()).build());
    ocrOptions.declare(spec);
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!(threshold > 0 && threshold <= 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), parent.texts.get("diff-threshold", threshold));
    }
    // Chosen by -f or the file's extension, never by whether stdout is a terminal: a redirected
    // report must be the report the terminal shows.
    Path target = OutputFile.fileOrNull(output);
    Format chosen = format != null ? format : byExtension(target);
    if (chosen == Format.xlsx && target == null && parent.stdoutIsTerminal) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          parent.texts.get("binary-to-terminal", chosen));
    }
    String input = InputGuard.overwritten(target, java.util.List.of(before.toString(), after.toString()));
    if (input != null) {
      err.println("prikaz: " + target + ": " + parent.texts.get("overwrites-input", input));
      return TROUBLE;
    }
    OrderParser parser = ocrOptions.builder().build();
    Order old = read(parser, before, err);
    Order current = old == null ? null : read(parser, after, err);
    if (old == null || current == null) {
      return TROUBLE;
    }
    OrderDiff diff;
    try {
      diff = PlanDiff.compare(old, current, threshold);
    } catch (RuntimeException | Error e) {
      // Out of memory on two huge plans, or a bug: trouble (2), never «the plans differ» (1).
      err.println("prikaz: " + before + ", " + after + ": " + Breakdowns.message(e, parent.texts));
      return TROUBLE;
    }
    boolean colored = chosen == Format.text && target == null
        && (color == Color.always || color == Color.auto && parent.stdoutIsTerminal);
    boolean russian = parent.texts.language().equals("ru");
    AtomicFile.Content content = out -> {
      switch (chosen) {
        case text -> DiffText.write(diff, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), colored,
            russian);
        case json -> {
          // The prikaz/1 mapper and layout (ISO dates, nulls written out, two-space indents), made
          // here rather than when the command is declared: every run declares it, `--help` too.
          JsonExporter.mapper().writer(JsonExporter.prettyPrinter()).writeValue(out, diff);
          out.write('\n');
        }
        case xlsx -> DiffXlsx.write(diff, out);
        case csv -> DiffCsv.write(diff, out, csvDialect);
      }
    };
    try {
      AtomicFile.writeOrStdout(target, parent.stdout, content);
    } catch (IOException e) {
      err.println("prikaz: " + target + ": " + parent.texts.get("cannot-write", e.getMessage()));
      return TROUBLE;
    } catch (RuntimeException | Error e) {
      // A report too big for the heap, or a bug: trouble (2), never «the plans differ» (1).
      err.println("prikaz: " + (target == null ? "-" : target) + ": " + Breakdowns.message(e, parent.texts));
      return TROUBLE;
    }
    return diff.equivalent() ? SAME : DIFFERENT;
  }

  /** The format a file's extension names; text for stdout, «.txt» and any other name. */
  private static Format byExtension(Path file) {
    Format named = OutputFile.byExtension(file, Format.class);
    return named != null ? named : Format.text;
  }

  /** An order from a document, or from the JSON {@code prikaz parse} wrote; null after saying why not. */
  private Order read(OrderParser parser, Path file, PrintWriter err) {
    try {
      if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        byte[] bytes = Files.readAllBytes(file);
        try {
          Order order = JsonExporter.read(new ByteArrayInputStream(bytes));
          if (!Order.SCHEMA.equals(order.schema())) {
            err.println("prikaz: " + file + ": " + parent.texts.get("diff-not-a-result", order.schema()));
            return null;
          }
          return order;
        } catch (IOException | RuntimeException e) {
          err.println("prikaz: " + file + ": " + parent.texts.get("diff-bad-json", firstLine(e.getMessage())));
          return null;
        }
      }
      return parser.parse(file);
    } catch (DocumentException | IOException e) {
      err.println("prikaz: " + file + ": " + parent.texts.whyUnread(e));
    } catch (RuntimeException | Error e) {
      err.println("prikaz: " + file + ": " + Breakdowns.message(e, parent.texts));
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
