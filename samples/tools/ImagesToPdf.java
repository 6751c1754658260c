import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Puts page images (JPEG, as a scanner writes them) into a PDF, one page each, sized by the
 * given resolution: {@code java -cp prikaz.jar ImagesToPdf.java DPI OUT.pdf PAGE1.jpg PAGE2.jpg …}.
 * A scanned PDF has no text layer, only these images. (ImageMagick's own PDF writer is disabled by
 * Debian's security policy, so PDFBox, which prikaz already carries, does it.)
 */
public final class ImagesToPdf {
  public static void main(String[] args) throws IOException {
    float dpi = Float.parseFloat(args[0]);
    try (PDDocument document = new PDDocument()) {
      for (int i = 2; i < args.length; i++) {
        PDImageXObject image = PDImageXObject.createFromFile(args[i], document);
        float width = image.getWidth() * 72f / dpi;
        float height = image.getHeight() * 72f / dpi;
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(image, 0, 0, width, height);
        }
      }
      document.getDocumentInformation().setProducer("prikaz samples/make-scans.sh");
      document.save(new File(args[1]));
    }
  }
}
