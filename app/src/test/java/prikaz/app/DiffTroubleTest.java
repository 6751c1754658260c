package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * For diff, exit 1 means «the plans differ»: a diff that breaks down while writing its report
 * (out of memory, a bug) exits 2, with one line and no stack trace.
 */
class DiffTroubleTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final String OLD = SAMPLES.resolve("artem-2020-218.txt").toString();
  private static final String NEW = SAMPLES.resolve("diff/artem-2021-305.txt").toString();

  /** Runs diff writing its report to a stdout that throws {@code failure} on the first write. */
  private static int diffInto(Throwable failure, StringWriter err, String... options) {
    OutputStream breaking = new OutputStream() {
      @Override
      public void write(int b) {
        sneaky(failure);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        sneaky(failure);
      }
    };
    CommandLine cli = PrikazCommand.commandLine(new PrikazCommand(breaking), "diff");
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    String[] args = new String[3 + options.length];
    args[0] = "diff";
    args[1] = OLD;
    args[2] = NEW;
    System.arraycopy(options, 0, args, 3, options.length);
    return Cli.configure(cli, "en").execute(args);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneaky(Throwable e) throws E {
    throw (E) e;
  }

  @Test
  void outOfMemoryWritingTheReportIsTroubleNotADifference() {
    StringWriter err = new StringWriter();
    assertEquals(2, diffInto(new OutOfMemoryError("Java heap space"), err, "-f", "csv"));
    String line = err.toString().strip();
    assertEquals("prikaz: -: out of memory: the document needs more than the "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB heap", line);
  }

  @Test
  void aBugWritingTheReportIsTroubleNotADifference() {
    StringWriter err = new StringWriter();
    assertEquals(2, diffInto(new IllegalStateException("broken"), err, "-f", "json"));
    assertEquals("prikaz: -: internal error: java.lang.IllegalStateException: broken", err.toString().strip());
  }

  @Test
  void theSamePlansDifferWithExitOneWhenNothingBreaks() {
    StringWriter err = new StringWriter();
    CommandLine cli = PrikazCommand.commandLine(new PrikazCommand(OutputStream.nullOutputStream()), "diff");
    cli.setErr(new PrintWriter(err, true));
    assertEquals(1, Cli.configure(cli, "en").execute("diff", OLD, NEW, "-f", "json"), err.toString());
    assertEquals("", err.toString());
  }
}
