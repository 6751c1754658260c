package prikaz.app;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's detail after a reason («not an order: no ПРИКАЗ heading found») in Russian. The
 * details are English and worded by the parser; each known wording is retold with its
 * particulars, and an unknown one is left out rather than shown in English (the reason itself is
 * always said).
 */
final class RussianDetails {
  private record Form(Pattern english, String russian) {}

  private static final List<Form> FORMS = List.of(
      form("no ПРИКАЗ heading found", "не найден заголовок ПРИКАЗ (ПОСТАНОВЛЕНИЕ, РАСПОРЯЖЕНИЕ …) и нет таблицы плана"),
      form("no (?:act )?heading .*found.*", "не найден заголовок ПРИКАЗ (ПОСТАНОВЛЕНИЕ, РАСПОРЯЖЕНИЕ …) и нет таблицы плана"),
      form("no text found", "в документе нет текста"),
      form("OCR found no text in the page images", "распознавание не нашло текста на изображениях страниц"),
      form("is a directory", "это папка, а не файл"),
      form("more than (\\d+) MiB", "больше $1 МиБ"),
      form("(\\d+) pages \\(at most (\\d+)\\)", "$1 стр. (допускается не больше $2)"),
      form("type detection failed", "не удалось определить тип файла"),
      form("(\\S+) \\(prikaz reads .*\\)", "$1 (prikaz читает DOCX, DOC, ODT, RTF, HTML, PDF, текст и сканы PNG, JPEG, TIFF, BMP, GIF)"),
      form("the file is an image; OCR is needed to read it", "файл — изображение, его нужно распознать (OCR)"),
      form("the file is an image; OCR is turned off", "файл — изображение, а распознавание выключено (--ocr never)"),
      form("the PDF holds page images and no text layer; OCR is needed to read it",
          "в PDF изображения страниц без текстового слоя, их нужно распознать (OCR)"),
      form("the PDF holds page images and no text layer; OCR is turned off",
          "в PDF изображения страниц без текстового слоя, а распознавание выключено (--ocr never)"),
      form("the PDF has no text", "в PDF нет текста"),
      form("the image cannot be decoded", "изображение не декодируется"),
      form("the image has no pages", "в изображении нет страниц"),
      form("binary content, not a text document", "двоичные данные, а не текстовый документ"),
      form("not an RTF file \\(no \\{\\\\rtf header\\)", "не RTF-файл (нет заголовка {\\\\rtf)"),
      form("the file is damaged or truncated.*", "файл повреждён или обрезан"),
      form("a part of the file is compressed by a method office programs do not write",
          "часть файла сжата способом, которым офисные программы не пользуются"),
      form("the file ends early \\(.*\\); .*", "файл обрывается раньше, чем кончается документ"),
      form("Tesseract is not installed .*", "Tesseract не установлен; установите tesseract-ocr и tesseract-ocr-rus "
          + "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-rus)"),
      form("Tesseract has no language model (.*); install it \\(Debian/Ubuntu: (.*)\\)",
          "у Tesseract нет языковой модели $1; установите её (Debian/Ubuntu: $2)"),
      form("Tesseract failed on page (\\d+).*", "Tesseract не справился со страницей $1"),
      form("OCR of page (\\d+) took longer than (\\d+) s", "распознавание страницы $1 длилось дольше $2 с"),
      form("page (\\d+) could not be prepared for OCR.*", "страницу $1 не удалось подготовить к распознаванию"),
      form("tables nested deeper than (\\d+) levels", "таблицы вложены глубже $1 уровней"),
      form("a table row wider than (\\d+) grid columns", "строка таблицы шире $1 столбцов"),
      form("a table row of more than (\\d+) cells", "в строке таблицы больше $1 ячеек"),
      form("a table of more than (\\d+) rows", "в таблице больше $1 строк"),
      form("markup nested deeper than (\\d+) levels", "разметка вложена глубже $1 уровней"),
      form("XML elements nested deeper than (\\d+) levels", "элементы XML вложены глубже $1 уровней"),
      form("XML past one of Java's limits \\((JAXP\\d+)\\)", "XML превышает один из пределов Java ($1)"),
      form("RTF groups nested deeper than (\\d+) levels", "группы RTF вложены глубже $1 уровней"),
      form("more than (\\d+) characters of text", "больше $1 символов текста"),
      form("nested deeper than the reader can follow", "вложенность глубже, чем может прочесть программа"),
      form("interrupted.*", "прервано"));

  private RussianDetails() {}

  private static Form form(String english, String russian) {
    return new Form(Pattern.compile(english, Pattern.DOTALL), russian);
  }

  /** The detail in Russian, or null when its wording is not known here. */
  static String of(String detail) {
    if (detail == null) {
      return null;
    }
    for (Form form : FORMS) {
      Matcher m = form.english().matcher(detail);
      if (m.matches()) {
        return m.replaceFirst(form.russian());
      }
    }
    return null;
  }
}
