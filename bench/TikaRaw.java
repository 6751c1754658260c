import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor of prikaz's own overhead: plain Tika text extraction of every file in a folder, in
 * one JVM with one parser, as many threads as asked. Run with the prikaz jar on the classpath:
 * {@code java -cp app/target/prikaz.jar bench/TikaRaw.java DIR THREADS}.
 */
public final class TikaRaw {
  public static void main(String[] args) throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int threads = Integer.parseInt(args[1]);
    long chars = new java.util.concurrent.ForkJoinPool(threads).submit(() -> files.parallelStream().mapToLong(file -> {
      try (InputStream in = Files.newInputStream(file)) {
        BodyContentHandler text = new BodyContentHandler(-1);
        parser.parse(in, text, new Metadata(), new ParseContext());
        return text.toString().length();
      } catch (Exception e) {
        throw new IllegalStateException(file + ": " + e, e);
      }
    }).sum()).get();
    System.err.println("tika: " + files.size() + " files, " + chars + " characters");
  }
}
