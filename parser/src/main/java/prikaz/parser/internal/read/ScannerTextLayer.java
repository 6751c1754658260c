package prikaz.parser.internal.read;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a PDF's text layer is a scanner's poor OCR: the glyphs decode, but the words are wrong.
 * Such a layer mixes Latin and Cyrillic letters inside words («lоздании», «rелях», «школьногJ»:
 * the recogniser took a Cyrillic letter for the Latin one it resembles) and misses the common words
 * every Russian text is full of. A text typed in Russian has neither: its Latin words are whole
 * (an e-mail, «COVID-19»), and a fifth of its words are prepositions, conjunctions and the words of
 * every order. Measured on the samples' PDFs: no mixed words at all and 17–22 % common words; on a
 * scanner's layer, 7 % mixed words.
 */
final class ScannerTextLayer {
  /** Fewer words than this are too few to judge. */
  private static final int MIN_WORDS = 30;
  /** Mixed-script words, in hundredths of all words, from which a layer is poor. */
  private static final int MIXED_PERCENT = 3;
  private static final int MIN_MIXED = 3;
  /** Common words, in hundredths of the Cyrillic words, below which a layer is poor. */
  private static final int COMMON_PERCENT = 5;
  private static final Set<String> COMMON = Set.of("и", "в", "во", "на", "с", "со", "по", "о", "об", "от", "для",
      "к", "ко", "из", "за", "до", "не", "что", "как", "при", "или", "а", "также", "то", "же", "его", "их", "это",
      "года", "год", "г", "приказ", "приказываю", "утвердить", "обеспечить", "контроль", "исполнения",
      "исполнением", "настоящего", "приказа", "оставляю", "собой", "возложить", "назначить", "плана", "план",
      "работы", "том", "числе", "соответствии", "целях", "всех", "мероприятий", "срок", "сроки");

  /** What a judged layer came to: the counts behind the verdict. */
  record Verdict(boolean poor, int words, int mixed, int cyrillic, int common) {
    /** The verdict in a phrase, for a warning: «12 of 168 words mix Latin and Cyrillic letters». */
    String reason() {
      return mixed >= MIN_MIXED && mixed * 100 >= MIXED_PERCENT * words
          ? mixed + " of " + words + " words mix Latin and Cyrillic letters"
          : "only " + common + " of " + cyrillic + " Russian words are common words";
    }
  }

  private ScannerTextLayer() {}

  static Verdict judge(String text) {
    int words = 0;
    int mixed = 0;
    int cyrillicWords = 0;
    int common = 0;
    for (String token : text.split("[\\s\\-‐–—/]+")) {
      int cyrillic = 0;
      int latin = 0;
      int from = -1;
      int to = -1;
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c >= 'А' && c <= 'я' || c == 'ё' || c == 'Ё') {
          cyrillic++;
        } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
          latin++;
        } else {
          continue;
        }
        from = from < 0 ? i : from;
        to = i + 1;
      }
      if (cyrillic + latin == 0) {
        continue;
      }
      words++;
      if (cyrillic > 0 && latin > 0) {
        mixed++;
      } else if (cyrillic > 0) {
        cyrillicWords++;
        if (COMMON.contains(token.substring(from, to).toLowerCase(Locale.ROOT))) {
          common++;
        }
      }
    }
    boolean poor = words >= MIN_WORDS && (mixed >= MIN_MIXED && mixed * 100 >= MIXED_PERCENT * words
        || cyrillicWords >= MIN_WORDS && common * 100 < COMMON_PERCENT * cyrillicWords);
    return new Verdict(poor, words, mixed, cyrillicWords, common);
  }
}
