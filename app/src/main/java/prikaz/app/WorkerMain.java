package prikaz.app;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;

/**
 * A worker process of {@code prikaz batch} ({@link Worker} starts it): reads the files named on
 * stdin one at a time and answers each with one line ({@link WorkerReply}) on stdout. What the
 * libraries print goes to stderr, so stdout carries replies only. After running out of heap or
 * stack it answers and exits, and the batch starts a fresh worker.
 *
 * <p>Arguments: OCR mode, OCR languages, OCR threads.
 */
public final class WorkerMain {
  private WorkerMain() {}

  public static void main(String[] args) throws IOException {
    PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    OrderParser parser = OrderParser.builder().ocr(OcrMode.valueOf(args[0])).ocrLanguage(args[1])
        .ocrThreads(Integer.parseInt(args[2])).build();
    warmUp(parser);
    BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    replies.println(WorkerReply.READY);
    replies.flush();
    for (String line = requests.readLine(); line != null; line = requests.readLine()) {
      String reply = reply(parser, line);
      replies.println(reply);
      replies.flush();
      if (WorkerReply.endsWorker(reply)) {
        break;
      }
    }
    // OCR may have left pool threads: end the process whatever runs.
    System.exit(0);
  }

  /**
   * Reads a small order once as text and once as HTML before saying ready, so the classes of the
   * rules, Tika's detectors and the other formats' readers (made when a file first needs them) are
   * loaded and the first file's time limit is spent on the file, not on starting up.
   */
  private static void warmUp(OrderParser parser) {
    String order = "ПРИКАЗ\nот 01.02.2020 № 1\nОб утверждении плана\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n"
        + "| № | Мероприятие | Срок | Ответственный |\n| 1 | Проверка | до 01.03.2020 | Директор |\n";
    String html = "<html><body><p>ПРИКАЗ</p><p>от 01.02.2020 № 1</p><p>ПРИКАЗЫВАЮ:</p><p>1. Утвердить план.</p>"
        + "<table><tr><td>№</td><td>Мероприятие</td><td>Срок</td></tr>"
        + "<tr><td>1</td><td>Проверка</td><td>до 01.03.2020</td></tr></table></body></html>";
    warmUp(parser, order, "warm-up.txt");
    warmUp(parser, html, "warm-up.html");
  }

  private static void warmUp(OrderParser parser, String document, String name) {
    try {
      parser.parse(new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), name);
    } catch (IOException | DocumentException | RuntimeException e) {
      // only a warm-up: the files themselves say what is wrong
    }
  }

  private static String reply(OrderParser parser, String line) {
    try {
      return WorkerReply.order(parser.parse(WorkerReply.requested(line)));
    } catch (DocumentException e) {
      return WorkerReply.document(e);
    } catch (NoSuchFileException e) {
      return WorkerReply.missing(e);
    } catch (IOException e) {
      return WorkerReply.io(e);
    } catch (InvalidPathException e) {
      return WorkerReply.io(new IOException(e.getMessage()));
    } catch (OutOfMemoryError e) {
      return WorkerReply.breakdown(ParseBreakdown.Kind.OUT_OF_MEMORY,
          Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    } catch (StackOverflowError e) {
      return WorkerReply.breakdown(ParseBreakdown.Kind.TOO_COMPLEX, "");
    } catch (RuntimeException | Error e) {
      return WorkerReply.breakdown(ParseBreakdown.Kind.INTERNAL, e.toString());
    }
  }
}
