package prikaz.parser.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that legal databases print on every exported page and that belong to no order:
 * «Документ предоставлен КонсультантПлюс», «Дата сохранения: 12.03.2023», «www.consultant.ru»,
 * «Страница 3 из 10», «Система ГАРАНТ», and the «Список изменяющих документов (в ред. …)» paragraph
 * under the title. They are removed before the order is read, wherever they stand (above the
 * issuer, between the parts of a table).
 */
public final class Furniture {
  private static final Pattern LINE = Pattern.compile("(?iu)^(?:"
      + "документ предоставлен консультантплюс"
      + "|консультантплюс(?:\\s*[:.,-].*)?"
      + "|надежная правовая поддержка|надёжная правовая поддержка"
      + "|(?:https?://)?www\\.consultant\\.ru\\S*"
      + "|дата сохранения:?\\s*\\d{2}\\.\\d{2}\\.\\d{4}"
      + "|страница\\s+\\d+\\s+из\\s+\\d+"
      + "|система гарант|(?:информационно-правовой )?портал гарант\\.ру|(?:https?://)?(?:www\\.|base\\.|ivo\\.)?garant\\.ru\\S*"
      + ")$");

  /**
   * Consultant's list of amending acts under the title: «Список изменяющих документов (в ред. …)».
   * {@code (?U)}: a word boundary next to Cyrillic letters is one only where letters count as
   * word characters, which Java 19 and later make ASCII-only by default (JDK-8264160).
   */
  private static final Pattern AMENDMENTS = Pattern.compile("(?iuU)^список изменяющих документов\\b.*");

  private Furniture() {}

  /** The layout without database furniture lines; paragraphs left empty are dropped. */
  public static Layout strip(Layout layout) {
    List<Layout.Block> blocks = new ArrayList<>(layout.blocks().size());
    boolean changed = false;
    for (Layout.Block block : layout.blocks()) {
      if (block instanceof Layout.Paragraph paragraph) {
        if (AMENDMENTS.matcher(paragraph.lines().get(0).strip()).matches()) {
          changed = true;
          continue;
        }
        List<String> kept = paragraph.lines().stream().filter(line -> !LINE.matcher(line.strip()).matches()).toList();
        if (kept.size() != paragraph.lines().size()) {
          changed = true;
          if (!kept.isEmpty()) {
            blocks.add(new Layout.Paragraph(kept));
          }
          continue;
        }
      }
      blocks.add(block);
    }
    return changed ? new Layout(blocks) : layout;
  }
}
