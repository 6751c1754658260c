package prikaz.parser.model;

/**
 * Who signed the order: position as written (lines joined) and name («М.В. Семкина»).
 *
 * @param position the signatory's position as written, its lines joined, or null
 * @param name the name as written («М.В. Семкина»)
 */
public record Signatory(String position, String name) {}
