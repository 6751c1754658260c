package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import prikaz.parser.model.Warning;

/** Each warning retold in Russian with its particulars; an unknown wording by its code's meaning. */
class RussianWarningsTest {
  @Test
  void messagesAndPlacesInRussian() {
    assertEquals("в реквизитах акта не найдены: дата, номер",
        RussianWarnings.message(new Warning("HEADER_INCOMPLETE", "the heading gives no date, number", "header")));
    assertEquals("реквизиты", RussianWarnings.where("header"));
    assertEquals("текстовый слой PDF, распознанный сканером, плох (15 слов из 166 смешивают латиницу с кириллицей); "
        + "страницы распознаны заново", RussianWarnings.message(new Warning("TEXT_LAYER_BROKEN",
            "the PDF's text layer, a scanner's OCR, reads poorly (15 of 166 words mix Latin and Cyrillic letters); "
                + "the pages were read with OCR instead", null)));
    assertEquals("план 2, раздел II, пункт 3", RussianWarnings.where("plan 2, section II, item 3"));
    assertEquals("«до 31.06.2023»: 31.06.2023 — такой даты нет", RussianWarnings.message(
        new Warning("DEADLINE_IMPOSSIBLE_DATE", "«до 31.06.2023»: 31.06.2023 is not a date", null)));
    assertEquals("распознавание не уверено в графе «ответственные» (уверенность 0.71): сверьте «Иванов И.И.» со сканом",
        RussianWarnings.message(new Warning("LOW_CONFIDENCE",
            "OCR is unsure of «responsible» (confidence 0.71): check «Иванов И.И.» against the scan", "plan 1, item 4")));
    assertEquals("строка присоединена к строке выше",
        RussianWarnings.message(new Warning("ROW_CONTINUED", "worded in a way not known here", null)));
    assertEquals("замечание разбора", RussianWarnings.message(new Warning("SOMETHING_NEW", "new wording", null)));
  }
}
