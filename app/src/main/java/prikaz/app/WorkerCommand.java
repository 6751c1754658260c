package prikaz.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import prikaz.parser.OcrMode;

/**
 * How a worker process is started: this JVM's java and class path, the heap given by
 * {@code --worker-heap}, a temporary folder of its own, and the OCR settings of the run.
 *
 * @param heap a JVM heap size such as {@code 512m}
 * @param tempRoot where the workers' temporary folders are made
 */
record WorkerCommand(String heap, OcrMode ocr, String ocrLanguage, int ocrThreads, Path tempRoot) {
  /**
   * The system property in which the launcher names its class-data archive ({@code .jsa}) or, on
   * Java 25 or later, its ahead-of-time cache ({@code .aot}); absent: none.
   */
  static final String CLASS_DATA = "prikaz.class-data";

  /** A heap size as -Xmx takes it: digits and an optional k, m or g. */
  static boolean validHeap(String heap) {
    return heap.matches("[1-9][0-9]{0,9}[kKmMgG]?");
  }

  /** The command line of a worker whose temporary folder is {@code temp}. */
  List<String> arguments(Path temp) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    // One document at a time: the serial collector needs the least memory and starts fastest.
    command.add("-XX:+UseSerialGC");
    command.add("-XX:-UsePerfData");
    // Compiled by C1 only: each worker would otherwise spend its own C2 compile threads on the same
    // parser code, and on a machine of few cores they take the cores the parses need (1,000 DOCX
    // on 2 cores: half the wall time; README, «Cost of isolation»).
    command.add("-XX:TieredStopAtLevel=1");
    // The launcher's class-data archive (made from a training run that reads every kind of file a
    // worker reads): a worker maps those classes instead of loading and verifying them again.
    String classData = System.getProperty(CLASS_DATA);
    if (classData != null && Files.isRegularFile(Path.of(classData))) {
      if (classData.endsWith(".aot")) {
        // Java 25 or later: the launcher's ahead-of-time cache.
        command.addAll(List.of("-Xlog:aot=off", "-Xlog:cds=off", "-XX:AOTCache=" + classData));
      } else {
        // Mapped where it was made to be mapped, not relocated first (README «Start-up»).
        command.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0", "-XX:SharedArchiveFile=" + classData));
      }
    }
    command.add("-Djava.io.tmpdir=" + temp);
    command.add("-Djava.awt.headless=true");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(WorkerMain.class.getName());
    command.add(ocr.name());
    command.add(ocrLanguage);
    command.add(Integer.toString(ocrThreads));
    return command;
  }

  /** Why a worker that exited with {@code exit} (-1: unknown) and wrote {@code log} ended. */
  ParseBreakdown death(int exit, String log) {
    if (log.contains("OutOfMemoryError")) {
      return new ParseBreakdown(ParseBreakdown.Kind.OUT_OF_MEMORY, Long.toString(heapMiB()));
    } else if (log.contains("StackOverflowError")) {
      return new ParseBreakdown(ParseBreakdown.Kind.TOO_COMPLEX, "");
    } else if (exit > 128) {
      return new ParseBreakdown(ParseBreakdown.Kind.CRASHED, "killed by signal " + (exit - 128));
    }
    return new ParseBreakdown(ParseBreakdown.Kind.CRASHED, "exit code " + exit);
  }

  /** The heap in MiB, as the out-of-memory message names it. */
  long heapMiB() {
    long number = Long.parseLong(heap.substring(0, heap.length() - (Character.isDigit(heap.charAt(heap.length() - 1)) ? 0 : 1)));
    return switch (Character.toLowerCase(heap.charAt(heap.length() - 1))) {
      case 'g' -> number * 1024;
      case 'm' -> number;
      case 'k' -> number / 1024;
      default -> number / (1024 * 1024);
    };
  }
}
