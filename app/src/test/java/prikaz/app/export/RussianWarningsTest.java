package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import prikaz.parser.model.Location;
import prikaz.parser.model.Warning;

/** Each warning retold in Russian with its particulars; an unknown wording by its code's meaning. */
class RussianWarningsTest {
  @Test
  void messagesAndPlacesInRussian() {
    assertEquals("в реквизитах акта не найдены: дата, номер",
        RussianWarnings.message(new Warning(Warning.Code.HEADER_INCOMPLETE, "the heading gives no date, number", Location.HEADER)));
    assertEquals("реквизиты", RussianWarnings.where(Location.HEADER));
    assertEquals("план 2, раздел II, пункт 3", RussianWarnings.where(Location.item(2, "II", "3")));
    assertEquals("текстовый слой PDF, распознанный сканером, плох (15 слов из 166 смешивают латиницу с кириллицей); "
        + "страницы распознаны заново", RussianWarnings.message(new Warning(Warning.Code.TEXT_LAYER_BROKEN,
            "the PDF's text layer, a scanner's OCR, reads poorly (15 of 166 words mix Latin and Cyrillic letters); "
                + "the pages were read with OCR instead", null)));
    assertEquals("«до 31.06.2023»: 31.06.2023 — такой даты нет", RussianWarnings.message(
        new Warning(Warning.Code.DEADLINE_IMPOSSIBLE_DATE, "«до 31.06.2023»: 31.06.2023 is not a date", null)));
    assertEquals("распознавание не уверено в графе «ответственные» (уверенность 0.71): сверьте «Иванов И.И.» со сканом",
        RussianWarnings.message(new Warning(Warning.Code.LOW_CONFIDENCE,
            "OCR is unsure of «responsible» (confidence 0.71): check «Иванов И.И.» against the scan", Location.item(1, null, "4"))));
    assertEquals("строка присоединена к строке выше",
        RussianWarnings.message(new Warning(Warning.Code.ROW_CONTINUED, "worded in a way not known here", null)));
    assertEquals("период в заголовке плана написан с опечаткой: оставлен как есть",
        RussianWarnings.message(new Warning(Warning.Code.PERIOD_MISTYPED, "new wording", null)));
  }
}
