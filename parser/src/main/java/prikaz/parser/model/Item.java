package prikaz.parser.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One plan row: its number as written (trailing dot removed), section, activity, deadline, parties
 * and result; cells of columns without a known role go to {@code extra} under their header text.
 * {@code confidence} is filled for a scan only: OCR's confidence, 0–1, in each field's cells
 * ({@code activity}, {@code deadline}, {@code responsible}, …, and extra columns by header text).
 * {@code pageAreas} too is filled for a scan only: where on the page images the item's rows were
 * read, one area per page (a row cut by a page break has two); empty for any other input.
 *
 * @param number the number as written, or null
 * @param section the section it stands in, or null
 * @param activity what is to be done
 * @param deadline when it is due, or null
 * @param responsible who answers for it
 * @param participants who takes part
 * @param result what comes out of it, or null
 * @param extra the cells of columns of no role, by their headers
 * @param subitems unnumbered rows with their own deadline under it
 * @param confidence OCR's confidence in each field's text, by field key; empty without OCR
 * @param pageAreas where on the page images its rows were read; empty without OCR
 */
public record Item(
    String number,
    Section section,
    String activity,
    Deadline deadline,
    List<Party> responsible,
    List<Party> participants,
    String result,
    Map<String, String> extra,
    List<Item> subitems,
    Map<String, Double> confidence,
    List<PageArea> pageAreas) {
  /**
   * Checks that the activity is present; the lists and maps are copied and cannot be changed afterwards.
   *
   * @param number the number as written, or null
   * @param section the section it stands in, or null
   * @param activity what is to be done
   * @param deadline when it is due, or null
   * @param responsible who answers for it
   * @param participants who takes part
   * @param result what comes out of it, or null
   * @param extra the cells of columns of no role, by their headers
   * @param subitems unnumbered rows with their own deadline under it
   * @param confidence OCR's confidence in each field's text, by field key; empty without OCR
   * @param pageAreas where on the page images its rows were read; empty without OCR
   */
  public Item {
    Objects.requireNonNull(activity, "activity must not be null");
    responsible = List.copyOf(responsible);
    participants = List.copyOf(participants);
    extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    subitems = List.copyOf(subitems);
    confidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(confidence));
    pageAreas = List.copyOf(pageAreas);
  }

  /**
   * An item not read from a scan: no page areas.
   *
   * @param number the number as written, or null
   * @param section the section it stands in, or null
   * @param activity what is to be done
   * @param deadline when it is due, or null
   * @param responsible who answers for it
   * @param participants who takes part
   * @param result what comes out of it, or null
   * @param extra the cells of columns of no role, by their headers
   * @param subitems unnumbered rows with their own deadline under it
   * @param confidence OCR's confidence in each field's text, by field key; empty without OCR
   */
  public Item(String number, Section section, String activity, Deadline deadline, List<Party> responsible,
      List<Party> participants, String result, Map<String, String> extra, List<Item> subitems,
      Map<String, Double> confidence) {
    this(number, section, activity, deadline, responsible, participants, result, extra, subitems, confidence, List.of());
  }
}
