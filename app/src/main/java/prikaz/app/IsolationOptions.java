package prikaz.app;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** How batch keeps one file from taking the run down: worker processes, their heap, the time limit. */
final class IsolationOptions {
  /** The time limit of one file, in seconds, unless {@code --timeout} says otherwise. */
  static final long DEFAULT_TIMEOUT_SECONDS = 120;

  private CommandSpec spec;

  long timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

  String workerHeap;

  boolean inProcess;

  /** Adds these options to the command {@code spec}. */
  void declare(CommandSpec spec) {
    this.spec = spec;
    spec.addOption(CommandSpecs.option(long.class, () -> timeoutSeconds, v -> timeoutSeconds = v, "--timeout")
        .paramLabel("SECONDS").descriptionKey("timeout").build());
    spec.addOption(CommandSpecs.option(String.class, () -> workerHeap, v -> workerHeap = v, "--worker-heap")
        .paramLabel("SIZE").defaultValue("512m").descriptionKey("worker-heap").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> inProcess, v -> inProcess = v, "--in-process")
        .descriptionKey("in-process").build());
  }

  /** A usage error for a negative time limit, a heap size the JVM would not take or unknown OCR languages. */
  void check(OcrOptions ocr, Texts texts) {
    if (timeoutSeconds < 0) {
      throw new ParameterException(spec.commandLine(), texts.get("timeout-negative"));
    }
    if (!WorkerCommand.validHeap(workerHeap)) {
      throw new ParameterException(spec.commandLine(), texts.get("worker-heap-invalid", workerHeap));
    }
    ocr.builder();
  }

  /**
   * How the files will be read by {@code jobs} jobs: worker processes (started on first use), or
   * this process with {@code --in-process}.
   */
  Parsing open(OcrOptions ocr, int jobs) {
    // Several jobs each read their scans a page at a time: the cores are taken by the jobs.
    int ocrThreads = jobs > 1 ? 1 : Runtime.getRuntime().availableProcessors();
    if (inProcess) {
      return new InProcessParsing(ocr.builder().ocrThreads(ocrThreads).build(), timeoutSeconds);
    }
    WorkerCommand command = new WorkerCommand(workerHeap, ocr.mode, ocr.language, ocrThreads,
        Path.of(System.getProperty("java.io.tmpdir")));
    return new WorkerPool(jobs, command, timeoutSeconds);
  }
}
