package prikaz.app;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How batch keeps one file from taking the run down: worker processes, their heap, the time limit. */
final class IsolationOptions {
  /** The time limit of one file, in seconds, unless {@code --timeout} says otherwise. */
  static final long DEFAULT_TIMEOUT_SECONDS = 120;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--timeout", paramLabel = "SECONDS", descriptionKey = "timeout")
  long timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

  @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "512m", descriptionKey = "worker-heap")
  String workerHeap;

  @Option(names = "--in-process", descriptionKey = "in-process")
  boolean inProcess;

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
