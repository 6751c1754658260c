package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import prikaz.parser.DocumentException;
import prikaz.parser.DocumentException.Reason;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** Office files and PDFs that cannot be read end in one clean line, never a library's trace. */
class BadOfficeFilesTest {
  private static final OrderParser PARSER = OrderParser.builder().build();
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  private static DocumentException refused(byte[] content, String name, Reason reason) {
    DocumentException e = assertThrows(DocumentException.class,
        () -> PARSER.parse(new ByteArrayInputStream(content), name));
    assertEquals(reason, e.reason(), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    return e;
  }

  private static byte[] docx(String... paragraphs) throws Exception {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String text : paragraphs) {
        document.createParagraph().createRun().setText(text);
      }
      document.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void passwordProtectedDocx() throws Exception {
    byte[] plain = docx("ПРИКАЗ", "от 01.02.2023 № 5");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain)); OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      fs.writeFilesystem(out);
    }
    DocumentException e = refused(out.toByteArray(), "order.docx", Reason.ENCRYPTED);
    assertEquals("encrypted: the file is password-protected", e.getMessage());
  }

  @Test
  void passwordProtectedPdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(out);
    }
    refused(out.toByteArray(), "order.pdf", Reason.ENCRYPTED);
  }

  @Test
  void aPdfOfPageImagesAsksForOcr() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(document, new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY));
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 50, 50, 500, 700);
      }
      document.save(out);
    }
    OrderParser withoutOcr = OrderParser.builder().ocr(prikaz.parser.OcrMode.NEVER).build();
    DocumentException e = assertThrows(DocumentException.class,
        () -> withoutOcr.parse(new ByteArrayInputStream(out.toByteArray()), "scan.pdf"));
    assertEquals(Reason.SCANNED, e.reason());
    assertEquals("scanned document, OCR needed: the PDF holds page images and no text layer; OCR is turned off",
        e.getMessage());
    // With OCR on, the page is read, and a blank image holds no text.
    e = refused(out.toByteArray(), "scan.pdf", Reason.NOT_AN_ORDER);
    assertEquals("not an order: OCR found no text in the page images", e.getMessage());
  }

  @Test
  void truncatedDocxAndPdf() throws Exception {
    byte[] docx = Files.readAllBytes(SAMPLES.resolve("balashov-2022-78.docx"));
    byte[] pdf = Files.readAllBytes(SAMPLES.resolve("balashov-2022-78.pdf"));
    // A ZIP cut short keeps its magic bytes, so it is still recognised and then refused as damaged.
    refused(Arrays.copyOf(docx, docx.length / 2), "cut.docx", Reason.UNREADABLE);
    refused(Arrays.copyOf(pdf, pdf.length / 3), "cut.pdf", Reason.UNREADABLE);
  }

  @Test
  void aDocxWithoutATableIsAnOrderWithoutAPlan() throws Exception {
    Order order = PARSER.parse(new ByteArrayInputStream(docx(
        "ОТДЕЛ ОБРАЗОВАНИЯ", "ПРИКАЗ", "от 01.02.2023 № 5", "О проведении совещания", "ПРИКАЗЫВАЮ:",
        "1. Провести совещание 10.02.2023.", "Начальник отдела И.И. Иванов")), "no-table.docx");
    assertEquals("5", order.header().number());
    assertEquals(0, order.plans().size());
    assertEquals(1, order.header().points().size());
  }

  @Test
  void aDocxNamedDocAndAPdfNamedTxtAreReadAsWhatTheyAre() throws Exception {
    byte[] docx = Files.readAllBytes(SAMPLES.resolve("balashov-2022-78.docx"));
    byte[] pdf = Files.readAllBytes(SAMPLES.resolve("balashov-2022-78.pdf"));
    assertEquals("docx", PARSER.parse(new ByteArrayInputStream(docx), "order.doc").source().format());
    assertEquals("pdf", PARSER.parse(new ByteArrayInputStream(pdf), "order.txt").source().format());
  }

  @Test
  void aSpreadsheetIsRefusedNamingItsType() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      workbook.createSheet("План").createRow(0).createCell(0).setCellValue("ПРИКАЗ");
      workbook.write(out);
    }
    DocumentException e = refused(out.toByteArray(), "plan.docx", Reason.UNSUPPORTED);
    assertTrue(e.getMessage().contains("spreadsheetml"), e.getMessage());
  }

  @Test
  void brokenTextLayersAreRecognised() {
    assertTrue(PdfReader.isBroken("???? ?? ??????? ????? ????"));
    assertTrue(PdfReader.isBroken("Ïðèêàç îá óòâåðæäåíèè ïëàíà ìåðîïðèÿòèé ïî ïîäãîòîâêå"));
    assertFalse(PdfReader.isBroken("Приказ об утверждении плана мероприятий? Да."));
    assertFalse(PdfReader.isBroken("Order No. 5 of 01.02.2023"));
  }

  @Test
  void docxWithPartsCompressedByAMethodWordDoesNotWrite() throws Exception {
    // Zip method 93 (Zstandard): readable by some archivers, never written by Word.
    byte[] zstd = withCompressionMethod(docx("ПРИКАЗ", "от 01.02.2023 № 5"), 93);
    DocumentException e = refused(zstd, "zstd.docx", Reason.UNREADABLE);
    assertTrue(e.getMessage().contains("compressed"), e.getMessage());
  }

  /** The same parts stored uncompressed, then every header relabelled with another method. */
  private static byte[] withCompressionMethod(byte[] zip, int method) throws Exception {
    ByteArrayOutputStream stored = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(stored)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(data.length);
        copy.setCrc(crc.getValue());
        out.putNextEntry(copy);
        out.write(data);
        out.closeEntry();
      }
    }
    byte[] bytes = stored.toByteArray();
    for (int i = 0; i + 12 < bytes.length; i++) {
      int signature = (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff) << 16 | (bytes[i + 3] & 0xff) << 24;
      int at = signature == 0x04034b50 ? i + 8 : signature == 0x02014b50 ? i + 10 : -1;
      if (at > 0) {
        bytes[at] = (byte) method;
        bytes[at + 1] = (byte) (method >> 8);
      }
    }
    return bytes;
  }
}
