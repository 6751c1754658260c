package prikaz.app;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import prikaz.app.export.JsonExporter;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.internal.deadline.DeadlineParser;
import prikaz.parser.internal.deadline.DeadlineResult;
import prikaz.parser.model.Period;
import prikaz.parser.model.Warning;

/**
 * {@code prikaz deadline PHRASE}: one deadline phrase normalised as the {@code deadline} object of
 * {@code prikaz/1}; with {@code -}, one phrase a line from stdin to JSON Lines, a line out for every
 * line in. Warnings go to stderr.
 */
public final class DeadlineCommand implements Callable<Integer> {

  private CommandSpec spec;

  private final PrikazCommand parent;

  String phrase;

  String period;

  String date;

  boolean compact;

  DeadlineCommand(PrikazCommand parent) {
    this.parent = parent;
  }

  /** The command's options; texts: Messages*.properties. */
  CommandSpec spec() {
    spec = CommandSpecs.command("deadline", this);
    spec.addPositional(CommandSpecs.positional(String.class, () -> phrase, v -> phrase = v)
        .index("0").required(true).paramLabel("PHRASE").descriptionKey("deadline.phrase").build());
    spec.addOption(CommandSpecs.option(String.class, () -> period, v -> period = v, "--period")
        .paramLabel("PERIOD").descriptionKey("deadline.period").build());
    spec.addOption(CommandSpecs.option(String.class, () -> date, v -> date = v, "--date")
        .paramLabel("DATE").descriptionKey("deadline.date").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> compact, v -> compact = v, "--compact")
        .descriptionKey("deadline.compact").build());
    return spec;
  }

  @Override
  public Integer call() {
    DeadlineContext context = context();
    PrintWriter err = spec.commandLine().getErr();
    try {
      OutputStream out = parent.stdout;
      if (!phrase.equals("-")) {
        ObjectWriter writer = compact ? JsonExporter.mapper().writer()
            : JsonExporter.mapper().writer(JsonExporter.prettyPrinter());
        write(writer, out, DeadlineParser.read(phrase, context), null, err);
        return Cli.OK;
      }
      ObjectWriter writer = JsonExporter.mapper().writer();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        write(writer, out, DeadlineParser.read(text.strip(), context), "stdin:" + number, err);
      }
      return Cli.OK;
    } catch (IOException e) {
      err.println("prikaz: " + parent.texts.get("cannot-read-or-write", e.getMessage()));
      return Cli.FAILED;
    }
  }

  /** The deadline as one JSON value and a line end; its warnings on stderr. */
  private void write(ObjectWriter writer, OutputStream out, DeadlineResult result, String where, PrintWriter err)
      throws IOException {
    out.write(writer.writeValueAsBytes(result.deadline()));
    out.write('\n');
    out.flush();
    for (Warning warning : result.warnings()) {
      String text = result.deadline().text();
      String message = warning.code() == DeadlineParser.IMPOSSIBLE_DATE
          ? parent.texts.get("deadline-impossible", text) : warning.message();
      err.println("prikaz: " + (where == null ? "" : where + ": ") + message);
    }
  }

  /** The context the options give; a usage error when they name no period or no date. */
  private DeadlineContext context() {
    Period stated = null;
    if (period != null) {
      stated = DeadlineParser.findPeriod(period);
      if (stated == null) {
        throw new ParameterException(spec.commandLine(), parent.texts.get("deadline-no-period", period));
      }
    }
    LocalDate orderDate = null;
    if (date != null) {
      try {
        orderDate = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), parent.texts.get("deadline-bad-date", date));
      }
    }
    return new DeadlineContext(stated, orderDate);
  }
}
