package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Header;
import prikaz.parser.model.Warning;

/** Openings as OCR reads scans: each line with OCR's confidence, noise where a pen or a seal was. */
class ScannedOpeningsTest {

  /** One line per paragraph, «text | confidence». */
  private static HeaderConfidence.Result read(String text) throws Exception {
    List<OpeningLine> lines = new ArrayList<>();
    int block = 0;
    for (String row : text.strip().split("\n")) {
      int bar = row.lastIndexOf('|');
      lines.add(new OpeningLine(row.substring(0, bar).strip(), block++, true, Double.parseDouble(row.substring(bar + 1).strip())));
    }
    HeaderReader.Result found = HeaderReader.read(HeaderConfidence.withoutDoubtfulLines(lines));
    return HeaderConfidence.check(found.header(), lines);
  }

  private static List<String> doubts(HeaderConfidence.Result result) {
    return result.warnings().stream().filter(w -> w.code() == Warning.Code.LOW_CONFIDENCE_HEADER)
        .map(Warning::message).toList();
  }

  @Test
  void aHandwrittenDateAndNumberFieldLeavesThePlaceAndTitleAlone() throws Exception {
    HeaderConfidence.Result result = read("""
        МИНИСТЕРСТВО КУЛЬТУРЫ ТВЕРСКОЙ ОБЛАСТИ | 0.95
        ПРИКАЗ | 0.96
        18 сеню 2ОЧ7 № (З2 | 0.41
        Тверь | 0.95
        О смотре библиотек области | 0.94
        В целях развития библиотечного дела | 0.93
        приказываю: | 0.95
        1. Провести смотр библиотек. | 0.94
        Министр (о 318 ж/ЛЛ А.В. Смирнов | 0.71
        """);
    Header h = result.header();
    assertNull(h.date());
    assertNull(h.number());
    assertEquals("Тверь", h.place());
    assertEquals("О смотре библиотек области", h.title());
    assertEquals("Министр", h.signatory().position());
    assertEquals("А.В. Смирнов", h.signatory().name());
    List<String> doubts = doubts(result);
    assertEquals(2, doubts.size(), doubts.toString());
    assertTrue(doubts.get(0).contains("header's date") && doubts.get(0).contains("«18 сеню 2ОЧ7 № (З2»"), doubts.get(0));
    assertTrue(doubts.get(1).contains("header's number") && doubts.get(1).contains("«18 сеню 2ОЧ7 № (З2»"), doubts.get(1));
  }

  @Test
  void aTwoColumnLetterheadWithABankAndALogo() throws Exception {
    HeaderConfidence.Result result = read("""
        Общество с ограниченной ответственностью ОГРН 1 0 2 7700123456/ ИНН 7701234567/ КПП 770101001 | 0.91
        ЛФ | 0.15
        «Северный ветер» | 0.95
        р/с 40702810900000012345/ к/с 30101810400000000225 | 0.9
        = СЕВЕР | 0.8
        Почтовый адрес 170100 Тверская обл., | 0.93
        Банк ТВЕРСКОЙ ФИЛИАЛ ПАО «ПРИМЕРБАНК» | 0.94
        г. Тверь, ул. Лесная д. 7, офис 12 | 0.95
        ПРИКАЗ | 0.96
        Г.Тверь «15» марта 2024г. | 0.95
        «О порядке выдачи пропусков» | 0.96
        ПРИКАЗЫВАЮ; | 0.58
        1. Утвердить порядок выдачи пропусков. | 0.94
        Директор © Смирнова А.В. | 0.93
        """);
    Header h = result.header();
    assertEquals("Общество с ограниченной ответственностью «Северный ветер»", h.issuer());
    assertTrue(h.issuerDetails().contains("ОГРН 1 0 2 7700123456/ ИНН 7701234567/ КПП 770101001"), h.issuerDetails().toString());
    assertTrue(h.issuerDetails().contains("Банк ТВЕРСКОЙ ФИЛИАЛ ПАО «ПРИМЕРБАНК»"), h.issuerDetails().toString());
    assertEquals(LocalDate.of(2024, 3, 15), h.date());
    assertEquals("Г.Тверь", h.place());
    assertNull(h.number());
    assertEquals("О порядке выдачи пропусков", h.title());
    assertEquals("Директор", h.signatory().position());
    assertEquals("Смирнова А.В.", h.signatory().name());
    assertEquals(1, h.points().size());
  }
}
